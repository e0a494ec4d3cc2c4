/**
 * Shared e2e helpers for the dashboard's panels: the labs panel and one analyte's row, a panel's
 * screenshots at both widths, and a search answered with a Bundle the test supplies (for charts no
 * persona holds).
 */
import type { Resource } from 'fhir/r4';
import type { Locator, Page } from '@playwright/test';

export const labsPanel = (page: Page) => page.getByRole('region', { name: 'Labs', exact: true });

/** The expandable row of one analyte, by its exact name. */
export const labAnalyte = (panel: Locator, name: string) =>
  panel
    .getByRole('button')
    .filter({ has: panel.page().locator('.lab-row__name', { hasText: new RegExp(`^${name}$`) }) });

/** Screenshots of one panel at 1280 and 375 px (screenshots/<name>-<width>.png), then back to 1280. */
export async function screenshotPanel(page: Page, panel: Locator, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `screenshots/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Answers every search of `type` (all its pages) with one searchset of `resources`. */
export async function serveSearchset(page: Page, type: string, resources: readonly Resource[]) {
  await page.route(
    (url) => url.pathname.endsWith(`/${type}`),
    (route) =>
      route.fulfill({
        status: 200,
        headers: {
          'content-type': 'application/fhir+json',
          'access-control-allow-origin': '*',
          'access-control-allow-headers': '*',
        },
        body: JSON.stringify({
          resourceType: 'Bundle',
          type: 'searchset',
          total: resources.length,
          entry: resources.map((resource) => ({ resource, search: { mode: 'match' } })),
        }),
      }),
  );
}
