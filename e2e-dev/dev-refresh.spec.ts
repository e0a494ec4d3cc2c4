/**
 * Issue 10: in dev mode (`npm start`, StrictMode) the proactive refresh timer was cleared by
 * StrictMode's unmount and never restarted, so a short token simply expired. A 60 s token must be
 * refreshed before it expires (at 80 % of its lifetime), and the session must go on.
 */
import { expect, test } from '@playwright/test';
import { expectDashboard, launchEhr } from '../e2e/fixtures';

test('dev mode: a 60 s token is refreshed before it expires and the session goes on', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await launchEhr(page, { patient: 'hypertension-home', faults: { token_ttl: 60 } });
  const refreshed = await page.waitForResponse(
    (r) =>
      r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes('grant_type=refresh_token'),
    { timeout: 75_000 },
  );
  expect(refreshed.status()).toBe(200);
  await expectDashboard(page);
  await expect(page.getByRole('heading', { name: /session has ended/i })).toHaveCount(0);
});
