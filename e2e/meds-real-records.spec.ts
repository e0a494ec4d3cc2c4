/**
 * Issue 16 (medications) end to end: a long, messy chart — 240 orders in yearly renewal chains, a
 * do-not-give order, one on hold, a draft, an entered-in-error one — served in place of the persona's
 * MedicationRequests (the `long-record` persona is built elsewhere). The panel stays short and tells
 * each status truthfully. Screenshots at 1280 and 375 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { longHistory } from '../mocks/fixtures/meds-long';
import { expectAccessible, launchEhr } from './fixtures';
import { serveSearchset } from './panels';

const meds = (page: Page) => page.getByRole('region', { name: 'Medications', exact: true });

const serveLongHistory = (page: Page) =>
  serveSearchset(page, 'MedicationRequest', longHistory(Date.now()));

test('240 orders: grouped, renewal chains merged, do-not-give apart, the panel stays short', async ({
  page,
}) => {
  await serveLongHistory(page);
  await launchEhr(page, { patient: 'hypertension-home' });
  const panel = meds(page);
  const current = panel.getByRole('list', { name: 'Current' });
  await expect(current.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
  await expect(current).toContainText('renewed 20 times');
  await expect(panel.getByRole('list', { name: 'Not to be given' })).toContainText(
    'Metoprolol succinate',
  );
  await expect(current).toContainText('On hold');
  await expect(panel).not.toContainText(/contained Medication|coded in the record/);
  await expectAccessible(page, '.meds-panel');
  const heights: Record<number, number> = {};
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
    await panel.scrollIntoViewIfNeeded();
    heights[width] = (await panel.boundingBox())?.height ?? Infinity;
    await panel.screenshot({ path: `screenshots/meds-long-history-${width}.png` });
  }
  console.log(`medications panel height for 240 orders: ${JSON.stringify(heights)} px`);
  expect(heights[1280]).toBeLessThan(2200);
  expect(heights[375]).toBeLessThan(3200);
  // One drug's past courses open on demand.
  await page.setViewportSize({ width: 1280, height: 900 });
  const past = panel.getByRole('list', { name: 'Past medications' });
  await past.locator('summary').first().click();
  await expect(past.getByRole('list').first().getByRole('listitem').first()).toBeVisible();
  await panel.screenshot({ path: 'screenshots/meds-long-history-open-1280.png' });
  const tl = page.getByRole('region', { name: 'Blood-pressure medication changes' });
  await page
    .getByRole('group', { name: 'Time range' })
    .getByRole('button', { name: /all/i })
    .first()
    .click()
    .catch(() => undefined);
  await tl.scrollIntoViewIfNeeded();
  await tl.screenshot({ path: 'screenshots/meds-long-timeline-1280.png' });
});
