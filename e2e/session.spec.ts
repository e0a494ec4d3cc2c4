import { expect, test } from '@playwright/test';
import {
  APP_URL,
  expectAccessible,
  expectDashboard,
  launchEhr,
  launchStandalone,
  SANDBOX_URL,
} from './fixtures';

test('opening the app directly shows the no-session page', async ({ page }) => {
  await page.goto(`${APP_URL}/`);
  await expect(page.getByRole('heading', { name: 'No active session' })).toBeVisible();
  await expectAccessible(page);
});

test('token expiry with a working refresh keeps the session', async ({ page }) => {
  await launchStandalone(page, { patient: 'hypertension-home', faults: { token_ttl: 20 } });
  // The proactive refresh runs at 80% of the 20 s lifetime, before any request could meet a 401.
  const refreshed = await page.waitForResponse(
    (r) =>
      r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes('grant_type=refresh_token'),
    { timeout: 30_000 },
  );
  expect(refreshed.status()).toBe(200);
  // Past the first token's expiry, a reload (new FHIR calls with the refreshed token) still works.
  await page.waitForTimeout(6_000);
  await page.reload();
  await expectDashboard(page);
  await expect(page.getByRole('region', { name: 'Patient' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /session has ended/i })).toHaveCount(0);
});

test('an established session whose refresh is refused shows the session-ended page', async ({
  page,
}) => {
  // 20 s tokens: the dashboard loads first; the proactive refresh at 80% of the lifetime is refused.
  await launchStandalone(page, {
    patient: 'hypertension-home',
    faults: { token_ttl: 20, refresh: 'reject' },
  });
  await expect(page.getByRole('heading', { name: 'Your session has ended' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    page.getByText('The server did not renew your access', { exact: false }),
  ).toBeVisible();
});

test('refresh refused at once shows the session-ended page with a relaunch button', async ({
  page,
}) => {
  // A 2 s token is inside the refresh window at once, so the first FHIR call asks for a refresh.
  await launchStandalone(page, {
    patient: 'hypertension-home',
    faults: { token_ttl: 2, refresh: 'reject' },
    noWait: true,
  });
  await expect(page.getByRole('heading', { name: 'Your session has ended' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  await expectAccessible(page);
});

test('the start page offers the configured servers', async ({ page }) => {
  await page.goto(`${APP_URL}/launch`);
  await expect(page.getByRole('heading', { name: 'Open Tensio' })).toBeVisible();
  await expectAccessible(page);
});

test('reloading after the tab forgot its session storage lands on the no-session page', async ({
  page,
}) => {
  await launchStandalone(page, { patient: 'no-data' });
  await page.evaluate(() => {
    sessionStorage.clear();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No active session' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'start a standalone launch' })).toBeVisible();
});

test('an EHR launch whose session ends says to relaunch from the EHR', async ({ page }) => {
  await launchEhr(page, {
    patient: 'hypertension-home',
    faults: { token_ttl: 2, refresh: 'reject' },
    noWait: true,
  });
  await expect(page.getByRole('heading', { name: 'Your session has ended' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('Relaunch Tensio from your EHR')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in again' })).toHaveCount(0);
});

test('the start page sends a standalone launch to the chosen server with PKCE S256 and a strong state', async ({
  page,
}) => {
  // The authorization request is answered here, so the page settles on a finished response instead of
  // being torn down mid-navigation to the sandbox's login page (a flaky teardown on a loaded machine).
  let seen: URL | undefined;
  await page.route(
    (u) => u.href.startsWith(SANDBOX_URL) && u.searchParams.has('code_challenge'),
    (route) => {
      seen = new URL(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'authorize reached' });
    },
  );
  await page.goto(`${APP_URL}/launch`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('authorize reached')).toBeVisible();
  const url = seen ?? new URL('about:blank');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('state')?.length).toBeGreaterThanOrEqual(40);
  expect(url.searchParams.get('scope')).toContain('launch/patient');
  expect(url.searchParams.get('aud')).toBe(`${SANDBOX_URL}/fhir`);
});
