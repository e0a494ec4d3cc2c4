/**
 * Issue 11 "Charts that tell time", end to end on hypertension-home: the lisinopril increase marked on
 * the BP chart (on the same pixel column as the medication timeline's marker) and on the creatinine
 * trend; "All" reaching the first medication (metoprolol, 700 days ago) though readings cover 90 days;
 * custom dates checked and applied; daily averages. Screenshots at 1280 and 375 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, launchEhr, screenshotAt } from './fixtures';
import { labAnalyte, labsPanel, screenshotPanel } from './panels';

const DAY = 86_400_000;
const dayKey = (t: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(t);
const bpPanel = (page: Page) => page.getByRole('region', { name: 'Blood pressure', exact: true });
const bpMarkers = (page: Page) =>
  page.getByRole('list', { name: 'Medication changes on the blood-pressure chart' });
const timeline = (page: Page) =>
  page.getByRole('region', { name: 'Blood-pressure medication changes' });
const DOSE_CHANGE = /Dose changed: Lisinopril 10 mg → 20 mg/;

test('medication changes on the BP chart and the creatinine trend; All; custom dates; averages', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'hypertension-home' });
  await expect(bpMarkers(page)).toContainText(DOSE_CHANGE, { timeout: 30_000 });

  // The BP chart's marker and the timeline's sit on one pixel column (the shared axis).
  const chartMarker = bpPanel(page)
    .getByTestId('chart-markers')
    .locator('.chart-marker--dose-change');
  const laneMarker = timeline(page).getByRole('button', { name: /^Dose change: Lisinopril/ });
  const a = await chartMarker.boundingBox();
  const b = await laneMarker.boundingBox();
  expect(a && b).toBeTruthy();
  if (a && b) expect(Math.abs(a.x - (b.x + b.width / 2))).toBeLessThanOrEqual(4);
  await screenshotAt(page, 'charts-time-90d', 1280);
  await screenshotAt(page, 'charts-time-90d', 375);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The creatinine trend carries the same change, on its chart and as a row of its table.
  const labs = labsPanel(page);
  await labAnalyte(labs, 'Creatinine').click();
  await expect(
    labs.getByRole('list', { name: 'Medication changes on the Creatinine chart' }),
  ).toContainText(DOSE_CHANGE);
  await expect(labs.locator('.lab-chart svg.recharts-surface')).toBeVisible();
  await expect(
    labs.getByRole('row', { name: /Medication change: Dose changed: Lisinopril/ }),
  ).toHaveCount(1);
  await labs.scrollIntoViewIfNeeded();
  await screenshotPanel(page, labs, 'charts-time-creatinine');
  await expectAccessible(page, '.labs-panel');

  // "All": back to the first medication, not just the 90 days of readings.
  const ranges = page.getByRole('group', { name: 'Time range' });
  await ranges.getByRole('button', { name: 'All' }).click();
  await expect(bpMarkers(page)).toContainText(/Started Metoprolol 25 mg/);
  await expect(
    timeline(page).locator('.med-lane__label', { hasText: /^Metoprolol/ }),
  ).toBeVisible();
  await screenshotPanel(page, bpPanel(page), 'charts-time-all-bp');
  await screenshotAt(page, 'charts-time-all', 1280);
  await screenshotAt(page, 'charts-time-all', 375);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Custom dates: a future end is refused; 60 to 30 days ago is shown.
  const panel = bpPanel(page);
  await panel.getByRole('button', { name: 'Dates…' }).click();
  const form = panel.getByRole('form', { name: 'Choose dates' });
  const now = Date.now();
  await form.getByLabel('From').fill(dayKey(now - 60 * DAY));
  await form.getByLabel('To').fill(dayKey(now + 2 * DAY));
  await form.getByRole('button', { name: 'Show' }).click();
  await expect(form.getByRole('alert')).toHaveText('The dates cannot be in the future.');
  await form.getByLabel('To').fill(dayKey(now - 30 * DAY));
  await form.getByLabel('To').press('Enter');
  await expect(form).toBeHidden();
  await expect(ranges.getByRole('button', { pressed: true })).toHaveCount(0);
  const heading = panel.getByRole('heading', { name: /^Readings \(\d+\)$/ });
  // About two readings a day for 31 days, and an office visit.
  const count = Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0]);
  expect(count).toBeGreaterThan(50);
  expect(count).toBeLessThan(70);

  // One mean per day and setting: 31 days of home readings and the office visit's own day.
  await panel.getByLabel('Chart and table show').selectOption('Daily averages');
  await expect(panel.getByRole('heading', { name: /^Daily averages \(3\d\)$/ })).toBeVisible();
  await screenshotPanel(page, bpPanel(page), 'charts-time-custom-bp');
  await screenshotAt(page, 'charts-time-custom', 1280);
  await screenshotAt(page, 'charts-time-custom', 375);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, '.bp-panel');
});
