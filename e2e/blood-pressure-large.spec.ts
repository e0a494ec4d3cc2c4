/**
 * Issue 4 end to end, the large-history persona: 100,000 readings fetched, drawn as bands (never more
 * than ~2,000 rows per series) and listed in a virtualized table.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchEhr, screenshotAt } from './fixtures';

// A trace would record all 100 MB of responses and slow the page tenfold.
test.use({ trace: 'off' });

const bpPanel = (page: Page) => page.getByRole('region', { name: 'Blood pressure', exact: true });

test('large-history: 100,000 readings drawn as bands, the table virtualized', async ({ page }) => {
  test.setTimeout(120_000);
  await launchEhr(page, { patient: 'large-history' });
  const panel = bpPanel(page);
  await expect(panel.getByTestId('bp-sentence')).toBeVisible({ timeout: 60_000 });
  await panel.getByRole('button', { name: 'All', exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Readings (100,000)' })).toBeVisible({
    timeout: 90_000,
  });
  const drawn = Number(await panel.getByTestId('bp-chart').getAttribute('data-drawn'));
  expect(drawn).toBeLessThanOrEqual(2000);
  expect(
    await panel
      .getByRole('region', { name: 'Blood-pressure readings table' })
      .getByRole('row')
      .count(),
  ).toBeLessThan(100);
  await screenshotAt(page, 'bp-large-history', 1280);
});
