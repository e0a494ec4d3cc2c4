/**
 * The remote-monitoring panel end to end (issue 14): a provider standalone launch with no patient opens
 * the panel of `Group/rpm-program` (managed by practitioner-1); every active member is listed and
 * triaged from their own data; a severe patient is in the first rows; a name opens that patient's
 * dashboard in the same session and Back returns to the same scroll position and filters; a grant
 * without `user/Observation.rs` says "not authorized" instead of listing nobody.
 */
import { expect, test, type Page } from '@playwright/test';
import { RPM_EXPECTED } from '../sandbox/src/personas/rpm-expected';
import { APP_URL, expectAccessible, expectDashboard, launcherUrl, screenshotAt } from './fixtures';

const PANEL_LAUNCH = `${APP_URL}/launch?view=panel`;

async function launchPanel(
  page: Page,
  scopeDeny?: string,
  type: 'provider-standalone' | 'provider-ehr' = 'provider-standalone',
): Promise<void> {
  const url = new URL(
    launcherUrl(
      { launch_type: type, provider: 'practitioner-1' },
      scopeDeny ? { scope_deny: scopeDeny } : {},
    ),
  );
  url.searchParams.set('launch_uri', PANEL_LAUNCH);
  await page.goto(url.toString());
  await expect(page.getByRole('heading', { level: 1, name: /remote monitoring/ })).toBeVisible({
    timeout: 30_000,
  });
}

const headline = (page: Page) => page.locator('.panel-summary__headline');

test('the panel triages every enrolled patient and opens one in the same session', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await launchPanel(page);
  const active = RPM_EXPECTED.activeMembers;
  // Fully triaged: no "triaging…" left, and the count names every active member.
  await expect(headline(page)).toContainText(`of ${active} enrolled`, { timeout: 60_000 });
  await expect(headline(page)).not.toContainText('triaging', { timeout: 60_000 });
  const skipped = RPM_EXPECTED.members - active;
  await expect(
    page.getByText(`${active} patients · ${skipped} ended or inactive enrolments not shown`),
  ).toBeVisible();
  const severe = RPM_EXPECTED.severeIds.length;
  await expect(
    page.getByRole('button', { name: new RegExp(`^Severe reading ${severe}$`) }),
  ).toBeVisible();

  // The first rows are the severe patients.
  const rows = page.locator('tbody tr.panel-table__row');
  for (let i = 0; i < Math.min(severe, 3); i++) {
    await expect(rows.nth(i).locator('.panel-badge')).toHaveText('Severe reading');
  }
  await expectAccessible(page);
  await screenshotAt(page, 'panel', 1280);
  await screenshotAt(page, 'panel', 375);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Filter to "Data stopped", scroll, open the first one.
  await page.getByRole('button', { name: /^Data stopped \d+$/ }).click();
  const stopped =
    RPM_EXPECTED.neverStartedIds.length +
    RPM_EXPECTED.stoppedWeekIds.length +
    RPM_EXPECTED.stopped4DaysIds.length;
  await expect(page.getByText(new RegExp(`^${stopped} of ${active} patients shown`))).toBeVisible();
  await page.evaluate(() => {
    window.scrollTo(0, 200);
  });
  const scrolled = await page.evaluate(() => window.scrollY);
  const first = rows.first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expectDashboard(page);
  await expect(page.getByRole('button', { name: 'Back to the panel' })).toBeVisible();
  await expect(page).toHaveURL(/\?patient=rpm-/);
  await expect(page.locator('.patient-banner')).toContainText(name.split(' ')[0] ?? name);
  await screenshotAt(page, 'panel-patient', 375);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goBack();
  await expect(page.getByRole('button', { name: /^Data stopped \d+$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText(new RegExp(`^${stopped} of ${active} patients shown`))).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('a grant without user/Observation.rs says not authorized, not an empty panel', async ({
  page,
}) => {
  await launchPanel(page, 'user/Observation.rs');
  await expect(page.getByText(/Not authorized to read blood-pressure readings/)).toBeVisible();
  await expect(page.locator('.panel-table')).toHaveCount(0);
});

test('an EHR launch with no patient in context opens the panel too', async ({ page }) => {
  await launchPanel(page, undefined, 'provider-ehr');
  await expect(headline(page)).toContainText(`of ${RPM_EXPECTED.activeMembers} enrolled`, {
    timeout: 60_000,
  });
});
