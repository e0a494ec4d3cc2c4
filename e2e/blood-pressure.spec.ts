/**
 * Issue 4 end to end: real launches against the sandbox personas; the BP panel shows the summary, the
 * severe reading, the chart and the table (hypertension-home), every readable encoding
 * (mixed-encodings), and the empty state (no-data). Screenshots at 1280 and 375 px.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { expectAccessible, launchEhr, screenshotAt } from './fixtures';

const bpPanel = (root: Page | FrameLocator) =>
  root.getByRole('region', { name: 'Blood pressure', exact: true });

test('hypertension-home: summary first, the severe reading, chart and table', async ({ page }) => {
  await launchEhr(page, { patient: 'hypertension-home' });
  const panel = bpPanel(page);
  const sentence = panel.getByTestId('bp-sentence');
  await expect(sentence).toHaveText(
    /^(Above|At) goal: home average \d+\/\d+ over the last 7 days, goal below 130\/80; 1 severe reading on \d+ \w+( \d{4})?\.$/,
    { timeout: 30_000 },
  );

  const matters = panel.getByRole('region', { name: 'Readings that matter' });
  await expect(matters.getByText('Severe reading (above 180/120)')).toBeVisible();
  // A clinician launch: clinician wording, emergency wording only when the reading is recent.
  await expect(
    matters.getByText(/Re-measure after 5 minutes|A past reading, not a current emergency/),
  ).toBeVisible();
  await expect(panel.getByTestId('bp-latest')).toHaveText(/^Latest \d+\/\d+ mmHg/);

  const chart = panel.getByTestId('bp-chart');
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  // Home readings as points (90 days, twice daily), office readings as triangles.
  await expect(chart.locator('.recharts-scatter-symbol').first()).toBeVisible();

  const table = panel.getByRole('region', { name: 'Blood-pressure readings table' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await matters.getByRole('button', { name: 'Show on chart' }).first().click();
  await expect(matters.getByRole('button', { name: 'Show on chart' }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await table.getByRole('button', { name: /Systolic/ }).click();
  await expect(table.getByRole('columnheader', { name: /Systolic/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await table.getByRole('button', { name: /Systolic/ }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('186');

  await expectAccessible(page, '.bp-panel');
  await screenshotAt(page, 'bp-hypertension-home', 1280);
  await screenshotAt(page, 'bp-hypertension-home', 375);
});

test('mixed-encodings: every readable encoding is shown, the unreadable ones counted', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'mixed-encodings' });
  const panel = bpPanel(page);
  await expect(panel.getByRole('heading', { name: 'Readings (9)' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(panel.getByText('2 readings could not be read')).toBeVisible();
  await expect(
    panel.getByRole('region', { name: 'Blood-pressure readings table' }).getByRole('row'),
  ).toHaveCount(10);
  await screenshotAt(page, 'bp-mixed-encodings', 1280);
});

test('no-data: the empty state', async ({ page }) => {
  await launchEhr(page, { patient: 'no-data' });
  await expect(bpPanel(page).getByText('No blood-pressure readings', { exact: true })).toBeVisible({
    timeout: 30_000,
  });
});
