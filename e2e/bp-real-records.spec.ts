/**
 * Issue 16 end to end: the BP panel and the banner on a record shaped like real exports — office
 * readings that end in 2021 (offsets, a date-only value, a low diastolic, diastolic listed first), a
 * patient who died in 2023 — served in place of the no-data persona's Patient and Observations.
 * Screenshots at 1280 and 375 px.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { launchEhr, launchStandalone, screenshotAt } from './fixtures';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Blood pressure', exact: true });

function bp(id: string, systolic: number, diastolic: number, effective: string) {
  const c = (code: string, value: number) => ({
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit: 'mm[Hg]', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
  });
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'vital-signs',
          },
        ],
      },
    ],
    code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
    effectiveDateTime: effective,
    component: [c('8462-4', diastolic), c('8480-6', systolic)],
  };
}

const OLD = [
  bp('o1', 132.4, 84.1, '2016-02-11T09:12:00-05:00'),
  bp('o2', 141, 88, '2017-03-01T10:30:00-05:00'),
  bp('o3', 186, 110, '2019-03-19T10:14:55-04:00'),
  bp('o4', 118, 44, '2020-03-04'),
  bp('o5', 162, 98, '2021-01-04T10:00:00-05:00'),
];

async function serveOldRecord(page: Page, patient: Record<string, unknown>) {
  await page.route(/\/Observation\?/, async (route: Route) => {
    const url = new URL(route.request().url());
    if (!(url.searchParams.get('code') ?? '').includes('85354-9')) return route.fallback();
    const ge = url.searchParams.get('date')?.replace(/^ge/, '');
    const from = ge ? Date.parse(ge) : -Infinity;
    const matches = OLD.filter((o) => Date.parse(o.effectiveDateTime) >= from);
    await route.fulfill({
      contentType: 'application/fhir+json',
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'searchset',
        entry: matches.map((resource) => ({ resource, search: { mode: 'match' } })),
      }),
    });
  });
  await page.route(/\/Patient\/[^/?]+$/, (route) =>
    route.fulfill({
      contentType: 'application/fhir+json',
      body: JSON.stringify({ resourceType: 'Patient', id: 'no-data', ...patient }),
    }),
  );
}

test('a record that ended in 2021, of a patient who died: latest stated, window widened, years shown', async ({
  page,
}) => {
  await serveOldRecord(page, {
    name: [{ use: 'official', given: ['Anna123'], family: 'Núñez' }],
    birthDate: '1932-05-01',
    gender: 'female',
    deceasedDateTime: '2023-03-12T08:00:00-05:00',
  });
  await launchEhr(page, { patient: 'no-data' });
  const panel = panelOf(page);
  await expect(panel.getByTestId('bp-latest')).toHaveText(
    /^Latest 162\/98 mmHg Stage 2 range on 4 Jan 2021, 10:00 — \d+ years ago · Setting unknown$/,
    { timeout: 30_000 },
  );
  await expect(panel.getByTestId('bp-window-note')).toHaveText(
    /^Showing all \d+ years: no readings in the last year\.$/,
  );
  await expect(panel.getByTestId('bp-sentence')).toContainText('1 severe reading on 19 Mar 2019');
  await expect(page.getByText('Died 12 Mar 2023, aged 90')).toBeVisible();
  const matters = panel.getByRole('region', { name: 'Readings that matter' });
  await expect(matters.getByText('Low reading (below 90/60)')).toBeVisible();
  await expect(matters).not.toContainText('emergency');
  await screenshotAt(page, 'bp-old-record', 1280);
  await screenshotAt(page, 'bp-old-record', 375);
});

test('an ill-typed Patient: the page still renders, the name "not recorded"', async ({ page }) => {
  await serveOldRecord(page, {
    name: 'John Smith',
    identifier: { value: 'MRN-1' },
    birthDate: 19610304,
    gender: { code: 'male' },
  });
  await launchEhr(page, { patient: 'no-data' });
  await expect(page.getByText('Name not recorded')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('4 details could not be read')).toBeVisible();
  await expect(panelOf(page).getByTestId('bp-latest')).toBeVisible();
  await screenshotAt(page, 'bp-ill-typed-patient', 1280);
});

test('edge-cases persona, and the patient view of hypertension-home', async ({ page }) => {
  await launchEhr(page, { patient: 'edge-cases' });
  await expect(panelOf(page).getByTestId('bp-latest')).toBeVisible({ timeout: 30_000 });
  await screenshotAt(page, 'bp-edge-cases', 1280);
  await screenshotAt(page, 'bp-edge-cases', 375);

  await launchStandalone(page, { patient: 'hypertension-home' });
  const matters = panelOf(page).getByRole('region', { name: 'Readings that matter' });
  // Patient words; the persona's severe reading is days old, so no emergency wording.
  await expect(matters.getByText(/more than a day old|call emergency services now/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(matters).not.toContainText('target-organ');
  await screenshotAt(page, 'bp-patient-view', 375);
});
