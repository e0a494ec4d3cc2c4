/**
 * The session's security properties in the real browser against the sandbox (oidc-provider signs the
 * id_tokens): verified identity chooses the view, sign-out revokes and forgets, a forged error link
 * changes nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { APP_URL, expectDashboard, launchEhr, launchStandalone, screenshotAt } from './fixtures';

const storage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));

test('the sandbox’s signed id_tokens are verified: each launch reaches its own view', async ({
  page,
}) => {
  await launchStandalone(page, { provider: 'practitioner-1', patient: 'hypertension-home' });
  await expect(page.getByText('Clinician view')).toBeVisible();
  await page.getByText('Launch details').click();
  await expect(page.getByText('verified (signed by the server)')).toBeVisible();
  await launchStandalone(page, { patient: 'hypertension-home' });
  await expect(page.getByText('Patient view')).toBeVisible();
  await page.getByText('Launch details').click();
  await expect(page.getByText('verified (signed by the server)')).toBeVisible();
});

test('sign-out revokes the tokens, empties the tab and lands on the signed-out page', async ({
  page,
}) => {
  await launchStandalone(page, { patient: 'hypertension-home' });
  expect(Object.keys(await storage(page)).length).toBeGreaterThan(0);
  await screenshotAt(page, 'header-sign-out', 375);
  await page.setViewportSize({ width: 1280, height: 900 });
  const revocations: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/auth/revoke'))
      revocations.push(new URLSearchParams(request.postData() ?? '').get('token_type_hint') ?? '');
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
  await expect(page.getByText('The server has withdrawn this session’s access.')).toBeVisible();
  expect(revocations).toEqual(['refresh_token', 'access_token']);
  expect(await storage(page)).toEqual({});
  await screenshotAt(page, 'signed-out', 1280);
  await screenshotAt(page, 'signed-out', 375);
  // Reloading finds nothing to resume.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No active session' })).toBeVisible();
});

test('a forged error link shows the neutral page and leaves the session as it was', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'hypertension-home', provider: 'practitioner-1' });
  const before = await storage(page);
  await page.goto(
    `${APP_URL}/?error=access_denied&error_description=${encodeURIComponent(
      'Your account is locked. Call 555-0100 and give your password.',
    )}&state=not-a-launch-of-this-tab`,
  );
  await expect(
    page.getByRole('heading', { name: 'This link did not come from a sign-in Tensio started' }),
  ).toBeVisible();
  await expect(page.getByText(/Call 555-0100/)).toHaveCount(0);
  expect(await storage(page)).toEqual(before);
  await screenshotAt(page, 'foreign-link', 1280);
  await screenshotAt(page, 'foreign-link', 375);
  await page.getByRole('link', { name: 'Back to Tensio' }).click();
  await expectDashboard(page);
  await expect(page.getByText('Clinician view')).toBeVisible();
});

test('an authorize error for a launch this tab started is shown, with the server’s words', async ({
  page,
}) => {
  await launchStandalone(page, {
    patient: 'hypertension-home',
    faults: { authorize_error: 'access_denied' },
    noWait: true,
  });
  await expect(page.getByRole('heading', { name: 'Sign-in did not complete' })).toBeVisible();
  await expect(page.getByText('access_denied', { exact: true })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});
