/**
 * Issue 5 end to end: real launches against the sandbox personas. hypertension-home shows flagged labs
 * with ranges and the medication timeline (dose change, switch) aligned under the BP chart;
 * mixed-encodings shows every medication form and converted lab units; a consent that left out
 * medications shows "not authorized" on the medication panels only. Screenshots at 1280 and 375 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, launchEhr, launchStandalone } from './fixtures';
import { labAnalyte, labsPanel, screenshotPanel } from './panels';

const meds = (page: Page) => page.getByRole('region', { name: 'Medications', exact: true });
const timeline = (page: Page) =>
  page.getByRole('region', { name: 'Blood-pressure medication changes' });

test('hypertension-home: flagged labs with ranges, the timeline with the dose change and the switch under the BP chart', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'hypertension-home' });
  const panel = labsPanel(page);
  const potassium = labAnalyte(panel, 'Potassium');
  await expect(potassium).toContainText('5.4 mmol/L', { timeout: 30_000 });
  await expect(potassium).toContainText('H (High)');
  await expect(potassium).toContainText('Range 3.5–5.1 mmol/L');
  await expect(labAnalyte(panel, 'eGFR')).toContainText('≥ 60 mL/min/1.73 m²');
  await expect(panel.locator('.lab-row__name').first()).toHaveText('Potassium');
  await potassium.click();
  await expect(panel.locator('.lab-chart svg.recharts-surface')).toBeVisible();
  // 9 results and the header; the medication changes of the period are rows of their own.
  await expect(
    panel.getByRole('table').getByRole('row').filter({ hasNotText: 'Medication change:' }),
  ).toHaveCount(10);

  const tl = timeline(page);
  const change = tl.getByRole('button', { name: /^Dose change: Lisinopril 10 mg → 20 mg/ });
  await expect(change).toBeVisible({ timeout: 30_000 });
  await change.hover();
  await expect(tl.getByRole('tooltip')).toContainText('Lisinopril 10 mg → 20 mg');
  // The switch (200 days ago) comes into view with the BP chart's 1-year range: the axis is shared.
  await page
    .getByRole('group', { name: 'Time range' })
    .getByRole('button', { name: '1 year' })
    .click();
  await expect(
    tl.getByRole('button', {
      name: /^Switch: Switched from Amlodipine 5 mg .* to Chlorthalidone 12.5 mg/,
    }),
  ).toBeVisible();

  // Aligned: the lanes' track spans the BP chart's plot area (TIME_AXIS_MARGIN inside the same width).
  const chart = await page
    .getByTestId('bp-chart')
    .locator('svg.recharts-surface')
    .first()
    .boundingBox();
  const track = await tl.locator('.med-lane__track').first().boundingBox();
  expect(chart && track).toBeTruthy();
  if (chart && track) {
    expect(Math.abs(track.x - (chart.x + 64))).toBeLessThanOrEqual(2);
    expect(Math.abs(track.x + track.width - (chart.x + chart.width - 24))).toBeLessThanOrEqual(2);
  }

  await expect(meds(page).getByRole('listitem').first()).toContainText('Active');
  await expectAccessible(page, '.labs-panel');
  await expectAccessible(page, '.meds-panel');
  await expectAccessible(page, '.med-timeline-panel');
  await screenshotPanel(page, panel, 'labs-hypertension-home');
  await screenshotPanel(page, meds(page), 'meds-hypertension-home');
  await screenshotPanel(page, tl, 'timeline-hypertension-home');
});

test('mixed-encodings: every medication form and the converted lab units', async ({ page }) => {
  await launchEhr(page, { patient: 'mixed-encodings' });
  const list = meds(page);
  await expect(list.getByRole('list', { name: 'Current' })).toBeVisible({ timeout: 30_000 });
  // Every medication[x] form is named (the Medication read separately too), in plain words.
  for (const name of ['losartan potassium 50 MG Oral Tablet', 'Reported medication']) {
    await expect(list.getByText(name).first()).toBeVisible();
  }
  await expect(list).not.toContainText(/contained Medication|coded in the record|referenced/);
  await expect(list).toContainText('metoprolol succinate 50 MG 24HR Extended Release Oral Tablet');

  const panel = labsPanel(page);
  await expect(labAnalyte(panel, 'Creatinine')).toContainText('97 µmol/L (1.1 mg/dL)');
  await expect(labAnalyte(panel, 'Glucose')).toContainText('6.1 mmol/L (110 mg/dL)');
  await expect(labAnalyte(panel, 'Glucose')).toContainText('computed');
  await expect(labAnalyte(panel, 'Total cholesterol')).toContainText('4.9 mmol/L (189 mg/dL)');
  await labAnalyte(panel, 'Glucose').click();
  await expect(panel.getByRole('columnheader', { name: 'In mg/dL' })).toBeVisible();
  await screenshotPanel(page, panel, 'labs-mixed-encodings');
  await screenshotPanel(page, meds(page), 'meds-mixed-encodings');
});

test('a consent that left out medications: "not authorized" on the medication panels only', async ({
  page,
}) => {
  await launchStandalone(page, { patient: 'hypertension-home', scopeDeny: 'medications' });
  await expect(meds(page).getByText('Not authorized to read medications')).toBeVisible({
    timeout: 30_000,
  });
  await expect(timeline(page).getByText('Not authorized to read medications')).toBeVisible();
  await expect(labAnalyte(labsPanel(page), 'Potassium')).toContainText('5.4 mmol/L');
  await expect(labsPanel(page).getByText(/Not authorized/)).toHaveCount(0);
  await expect(page.getByTestId('bp-chart')).toBeVisible();
});

test('edge-cases: markup shown as text, nothing injected', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await launchEhr(page, { patient: 'edge-cases' });
  await expect(
    meds(page).getByText('<script>alert("med")</script>Nifedipine <b>30 mg</b>'),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    labsPanel(page).getByText('1 reference range was ignored: low above high.'),
  ).toBeVisible();
  expect(dialogs).toEqual([]);
});
