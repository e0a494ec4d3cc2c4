import { expect, test } from '@playwright/test';
import {
  APP_URL,
  expectAccessible,
  launchEhr,
  launcherUrl,
  launchStandalone,
  screenshotAt,
} from './fixtures';

test('provider EHR launch inside the simulated EHR reaches the dashboard with the right patient', async ({
  page,
}) => {
  const app = await launchEhr(page, {
    patient: 'hypertension-home',
    provider: 'practitioner-1',
    simEhr: true,
  });
  await expect(app.getByRole('region', { name: 'Patient' })).toBeVisible();
  await expect(app.getByText('Clinician view')).toBeVisible();
  await screenshotAt(page, 'ehr-frame', 1280);
  await app.getByText('Launch details').click();
  await expect(app.getByText('Patient/hypertension-home', { exact: false })).toBeVisible();
  await expectAccessible(page);
});

test('patient standalone launch shows the patient view, and code/state leave the URL', async ({
  page,
}) => {
  await launchStandalone(page, { patient: 'hypertension-home' });
  await expect(page.getByText('Patient view')).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.has('code')).toBe(false);
  expect(url.searchParams.has('state')).toBe(false);
  await expectAccessible(page);
  await screenshotAt(page, 'dashboard', 1280);
  await screenshotAt(page, 'dashboard', 375);
});

test('provider standalone launch shows the clinician view', async ({ page }) => {
  await launchStandalone(page, { provider: 'practitioner-1', patient: 'hypertension-home' });
  await expect(page.getByText('Clinician view')).toBeVisible();
});

test('need_patient_banner false hides the banner; true shows it', async ({ page }) => {
  await launchEhr(page, { patient: 'hypertension-home', needPatientBanner: false });
  await expect(page.getByRole('region', { name: 'Patient' })).toHaveCount(0);
  await launchEhr(page, { patient: 'hypertension-home', needPatientBanner: true });
  await expect(page.getByRole('region', { name: 'Patient' })).toBeVisible();
});

test('two patients in one browser never mix', async ({ browser }) => {
  const context = await browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  await launchStandalone(a, { patient: 'hypertension-home' });
  await launchStandalone(b, { patient: 'no-data' });
  const nameA = await a
    .getByRole('region', { name: 'Patient' })
    .locator('.patient-banner__name')
    .textContent();
  const nameB = await b
    .getByRole('region', { name: 'Patient' })
    .locator('.patient-banner__name')
    .textContent();
  expect(nameA).not.toEqual(nameB);
  // A reload of tab A still shows A's patient: each tab keeps its own launch.
  await a.reload();
  await expect(a.locator('.patient-banner__name')).toHaveText(nameA ?? '');
  await context.close();
});

test('an iss not on the allowlist is refused without a redirect', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(
    `${APP_URL}/launch?iss=${encodeURIComponent('https://evil.example/fhir')}&launch=abc`,
  );
  await expect(
    page.getByRole('heading', { name: 'This server is not one Tensio knows' }),
  ).toBeVisible();
  expect(page.url()).toContain(APP_URL);
  expect(requests.filter((u) => new URL(u).host === 'evil.example')).toEqual([]);
  await expectAccessible(page);
  // The React-free launch page's own rendering of the refusal.
  await screenshotAt(page, 'launch-refused', 1280);
  await screenshotAt(page, 'launch-refused', 375);
});

for (const error of ['access_denied', 'invalid_scope'] as const) {
  test(`authorize error ${error} shows a readable page`, async ({ page }) => {
    await page.goto(
      launcherUrl(
        { launch_type: 'provider-ehr', patient: 'hypertension-home' },
        { authorize_error: error },
      ),
    );
    await expect(page.getByRole('heading', { name: 'Sign-in did not complete' })).toBeVisible();
    await expect(page.getByText(error, { exact: true })).toBeVisible();
    await expectAccessible(page);
  });
}
