/**
 * Issue 15 end to end: the app unchanged under the sandbox's vendor profiles (docs/ehr-profiles.md).
 * Under each: a full dashboard (BP, labs, meds), a reading recorded exactly once (counted on the
 * server), and a session that ends on its designed page — Epic's public clients get no refresh token,
 * so the session ends when the token does; Oracle Health's 401s carry no CORS headers, which the app
 * must read as a refused token (refresh, or the session-ended page), never as "server unreachable".
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { launchEhr, launchStandalone, SANDBOX_URL, type Faults } from './fixtures';
import { labAnalyte, labsPanel } from './panels';
import { fillReading, pastLocal, recorder, SENT, trackPosts } from './record-reading-helpers';

const PATIENT = 'hypertension-home';
const ENDED = { name: 'Your session has ended' };

/** The page's launch state: FHIR base and access token (fhirclient keeps it in sessionStorage). */
async function launchState(page: Page) {
  return page.evaluate(() => {
    const key = JSON.parse(sessionStorage.getItem('SMART_KEY') ?? '""') as string;
    const state = JSON.parse(sessionStorage.getItem(key) ?? '{}') as {
      serverUrl?: string;
      tokenResponse?: { access_token?: string; refresh_token?: string };
    };
    return {
      serverUrl: state.serverUrl ?? '',
      token: state.tokenResponse?.access_token ?? '',
      hasRefreshToken: typeof state.tokenResponse?.refresh_token === 'string',
    };
  });
}

/** Server-side count of the patient's BP Observations with this identifier (the vendor's rules hold:
 *  Epic wants a code, Oracle Health a patient). */
async function storedCount(page: Page, request: APIRequestContext, identifier: string) {
  const { serverUrl, token } = await launchState(page);
  const res = await request.get(`${serverUrl}/Observation`, {
    params: {
      patient: PATIENT,
      code: 'http://loinc.org|85354-9',
      identifier: `urn:ietf:rfc:3986|${identifier}`,
    },
    headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
  });
  expect(res.status()).toBe(200);
  const bundle = (await res.json()) as { entry?: { search?: { mode?: string } }[] };
  return (bundle.entry ?? []).filter((e) => e.search?.mode !== 'outcome').length;
}

/** Revokes the page's access token at the sandbox, as an EHR ending the session would. */
async function revokeAccess(page: Page, request: APIRequestContext) {
  const { token } = await launchState(page);
  const res = await request.post(`${SANDBOX_URL}/auth/revoke`, {
    form: { client_id: 'tensio', token },
  });
  expect(res.ok()).toBe(true);
}

/**
 * From now on the sandbox is sent a dead token wherever the page sends its current one: it answers
 * 401, which under oracle-health carries no CORS headers (a token the server stopped accepting).
 */
async function refuseCurrentToken(page: Page) {
  const { token } = await launchState(page);
  await page.route(
    (url) => url.href.startsWith(`${SANDBOX_URL}/v/`),
    (route) => {
      const headers = route.request().headers();
      if (headers.authorization !== `Bearer ${token}`) return route.continue();
      return route.continue({ headers: { ...headers, authorization: 'Bearer no-longer-valid' } });
    },
  );
}

async function saveReading(page: Page, minute: number) {
  await fillReading(page, {
    systolic: '138',
    diastolic: '88',
    pulse: '70',
    time: pastLocal(minute),
  });
  await page.getByRole('button', { name: 'Save reading' }).click();
}

for (const [profile, minute] of [
  ['epic', 21],
  ['oracle-health', 22],
] as const) {
  const faults: Faults = { ehr_profile: profile };

  test.describe(`ehr_profile=${profile}`, () => {
    test('an EHR launch reaches the full dashboard: BP, labs and medications', async ({ page }) => {
      await launchEhr(page, { patient: PATIENT, faults });
      const bp = page.getByRole('region', { name: 'Blood pressure', exact: true });
      await expect(bp.getByTestId('bp-sentence')).toHaveText(/home average \d+\/\d+/, SENT);
      await expect(labAnalyte(labsPanel(page), 'Potassium')).toContainText('5.4 mmol/L', SENT);
      const meds = page.getByRole('region', { name: 'Medications', exact: true });
      await expect(meds.getByRole('listitem').first()).toContainText('Active', SENT);
      await expect(page.getByText(/could not be reached|unreachable/i)).toHaveCount(0);
    });

    test('mixed-encodings: every readable BP encoding and medication form', async ({ page }) => {
      await launchEhr(page, { patient: 'mixed-encodings', faults });
      const bp = page.getByRole('region', { name: 'Blood pressure', exact: true });
      await expect(bp.getByRole('heading', { name: 'Readings (9)' })).toBeVisible(SENT);
      const meds = page.getByRole('region', { name: 'Medications', exact: true });
      await expect(meds.getByText('losartan potassium 50 MG Oral Tablet').first()).toBeVisible(
        SENT,
      );
    });

    test('a recorded reading is stored exactly once', async ({ page, request }) => {
      const posts = trackPosts(page);
      await launchStandalone(page, { patient: PATIENT, faults });
      await saveReading(page, minute);
      await expect(recorder(page).getByText('In your record', { exact: true })).toBeVisible(SENT);
      expect(posts).toHaveLength(1);
      expect(await storedCount(page, request, posts[0]?.identifier ?? '')).toBe(1);
    });
  });
}

test('epic: no refresh token, so the session ends on its page when the token does', async ({
  page,
}) => {
  let tokenRequests = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/auth/token')) tokenRequests++;
  });
  await launchStandalone(page, {
    patient: PATIENT,
    faults: { ehr_profile: 'epic', token_ttl: 15 },
  });
  expect((await launchState(page)).hasRefreshToken).toBe(false);
  await expect(page.getByRole('heading', ENDED)).toBeVisible({ timeout: 30_000 });
  expect(tokenRequests).toBe(1); // the code exchange only: no refresh was attempted
});

test('oracle-health: a 401 without CORS headers is refreshed and the save goes through once', async ({
  page,
  request,
}) => {
  const posts = trackPosts(page);
  await launchStandalone(page, {
    patient: PATIENT,
    faults: { ehr_profile: 'oracle-health' },
  });
  expect((await launchState(page)).hasRefreshToken).toBe(true);
  await refuseCurrentToken(page);
  const refreshed = page.waitForResponse(
    (r) =>
      r.url().endsWith('/auth/token') && (r.request().postData() ?? '').includes('refresh_token'),
  );
  await saveReading(page, 23);
  expect((await refreshed).status()).toBe(200);
  await expect(recorder(page).getByText('In your record', { exact: true })).toBeVisible(SENT);
  expect(await storedCount(page, request, posts.at(-1)?.identifier ?? '')).toBe(1);
  await expect(page.getByRole('heading', ENDED)).toHaveCount(0);
});

test('oracle-health: a 401 without CORS headers and no refresh token ends the session', async ({
  page,
  request,
}) => {
  await launchStandalone(page, {
    patient: PATIENT,
    faults: { ehr_profile: 'oracle-health' },
    scopeDeny: 'online_access',
  });
  expect((await launchState(page)).hasRefreshToken).toBe(false);
  await revokeAccess(page, request);
  await saveReading(page, 24);
  await expect(page.getByRole('heading', ENDED)).toBeVisible(SENT);
  await expect(page.getByText('The server no longer accepts this session.')).toBeVisible();
});
