import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, launchStandalone } from './fixtures';

test('a narrower grant (medications unticked) says "not authorized" on that panel only', async ({
  page,
}) => {
  await launchStandalone(page, { patient: 'hypertension-home', scopeDeny: 'medications' });
  const meds = page.getByRole('region', { name: 'Medications' });
  await expect(meds.getByText(/Not authorized to read medications/)).toBeVisible();
  // The medication timeline under the BP chart needs the same scope, so it says so too; nothing else does.
  await expect(
    page.getByText(/Not authorized to read/).filter({ hasNotText: /medications/ }),
  ).toHaveCount(0);
  for (const name of ['Blood pressure', 'Labs']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await page.getByText('Launch details').click();
  await expect(page.getByText('(only here)').first()).toBeVisible();
  await expectAccessible(page);
});

/** Every panel either filled or said which part is partial / failed with a retry — never blank. */
async function expectFilledOrPartial(page: Page): Promise<void> {
  for (const name of ['Blood pressure', 'Medications', 'Labs']) {
    const region = page.getByRole('region', { name, exact: true });
    await expect(region).toBeVisible({ timeout: 45_000 });
    await expect(region.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0, {
      timeout: 45_000,
    });
    const alerts = region.getByRole('alert');
    if ((await alerts.count()) > 0)
      await expect(alerts.getByRole('button', { name: /Retry/ }).first()).toBeVisible();
  }
}

test('with 30% of FHIR requests answering 503 the dashboard still fills or offers a retry', async ({
  page,
}) => {
  let failures = 0;
  page.on('response', (r) => {
    if (r.status() === 503) failures++;
  });
  await launchStandalone(page, {
    patient: 'hypertension-home',
    faults: { fail_rate: 0.3, fail_status: 503 },
  });
  await expectFilledOrPartial(page);
  expect(failures).toBeGreaterThan(0);
});

test('with 429 + Retry-After on every 3rd request the dashboard still fills or offers a retry', async ({
  page,
}) => {
  const retryAfter: number[] = [];
  page.on('response', (r) => {
    if (r.status() === 429) retryAfter.push(Number(r.headers()['retry-after'] ?? 'NaN'));
  });
  await launchStandalone(page, { patient: 'hypertension-home', faults: { rate_limit: 3 } });
  await expectFilledOrPartial(page);
  expect(retryAfter.length).toBeGreaterThan(0);
});
