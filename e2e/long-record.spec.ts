/**
 * Issue 16 end to end ("Real charts are old, long and messy"): a clinician opens long-record, a chart
 * whose readings end ~5 years ago and whose patient died ~4 years ago. Done when, on the first screen
 * at 1280×900 with no scrolling: the latest BP with its date and age; "deceased"/"died" in the banner;
 * no do-not-give order shown as active; lab values to the analyte's precision (71, never the raw
 * float); the whole page under ~6,000 px at 1280 wide. Soft assertions, so one run reports every gap.
 * Screenshots at 1280 and 375 px.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LONG_EXPECTED } from '../sandbox/src/personas';
import { launchEhr, screenshotAt } from './fixtures';

const DAY = 86_400_000;
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

interface Box {
  top: number;
  bottom: number;
}

/** The on-screen boxes of the elements whose own text matches (no scrolling: the first screen). */
async function boxesOnScreen(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight)
      .map((r) => ({ top: r.top, bottom: r.bottom })),
  );
}

/** Some box of `near` lies within `px` (vertically) of some box of `anchor`. */
const close = (anchor: Box[], near: Box[], px = 160) =>
  anchor.some((a) => near.some((n) => n.top < a.bottom + px && n.bottom > a.top - px));

/** "2 Oct 2021" (the app's day format), or "Oct 2, 2021": robust to the wording, not to the day. */
function dayPattern(t: number): RegExp {
  const part = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { ...o, timeZone: 'America/New_York' }).format(t);
  const [d, m, y] = [part({ day: 'numeric' }), part({ month: 'short' }), part({ year: 'numeric' })];
  return new RegExp(`\\b(${d} ${m},? ${y}|${m} ${d},? ${y})\\b`);
}

test('long-record: latest BP with date and age, death in the banner, no do-not-give as active, labs to precision, a bounded page', async ({
  page,
}) => {
  // Soft assertions each wait for their own timeout when the app lacks the behaviour: room for all.
  test.setTimeout(300_000);
  await launchEhr(page, { patient: 'long-record' });
  const { latest } = LONG_EXPECTED.bp;
  const banner = region(page, 'Patient');
  await expect(banner).toContainText(/Anna/, { timeout: 30_000 });

  // First screen, no scrolling: the latest reading, its date and how long ago.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  // The date and the age must be stated beside the value (the last labs share the day).
  const value = page.getByText(new RegExp(`${latest.systolic}\\s*/\\s*${latest.diastolic}`));
  const date = page.getByText(dayPattern(Date.now() - latest.daysAgo * DAY));
  const age = page.getByText(/5 years ago/);
  await expect.soft
    .poll(async () => (await boxesOnScreen(value)).length, {
      message: 'latest BP value on the first screen',
    })
    .toBeGreaterThan(0);
  await expect.soft
    .poll(async () => close(await boxesOnScreen(value), await boxesOnScreen(date)), {
      message: 'latest BP date on the first screen, beside the value',
    })
    .toBe(true);
  await expect.soft
    .poll(async () => close(await boxesOnScreen(value), await boxesOnScreen(age)), {
      message: 'latest BP age on the first screen, beside the value',
    })
    .toBe(true);

  await expect.soft(banner, 'death shown in the banner').toContainText(/died|deceased/i);
  // No age running on past death: not today's age (born 1938-09-03), whatever else is said.
  const born = new Date(`${LONG_EXPECTED.patient.birthDate}T12:00:00Z`);
  const today = new Date();
  const ageToday =
    today.getUTCFullYear() -
    born.getUTCFullYear() -
    (today.getUTCMonth() * 100 + today.getUTCDate() < born.getUTCMonth() * 100 + born.getUTCDate()
      ? 1
      : 0);
  await expect
    .soft(banner, 'no age running on past death')
    .not.toContainText(new RegExp(`(^|\\D)${ageToday} ?(y|years)\\b`));

  // Medications: loaded; an order still open when the patient died says so (amlodipine: "Order open at
  // death", not "Active"), and the do-not-give order (spironolactone) is never shown as active, in the
  // list or as a course on the timeline.
  const meds = region(page, 'Medications');
  const item = (name: RegExp) => meds.getByRole('listitem').filter({ hasText: name });
  await expect(
    item(/amlodipine/i)
      .first()
      .getByText(/^order open at death$/i)
      .first(),
  ).toBeVisible();
  await expect.soft(meds.getByText(/^active$/i), 'nothing active after death').toHaveCount(0);
  await expect
    .soft(item(/spironolactone/i).getByText(/^active$/i), 'do-not-give order shown as active')
    .toHaveCount(0);
  await expect
    .soft(
      region(page, 'Blood-pressure medication changes'),
      'do-not-give order drawn as a course on the timeline',
    )
    .not.toContainText(/spironolactone/i);

  // Labs to the analyte's precision: eGFR 71, never the stored float.
  const labs = region(page, 'Labs');
  await expect.soft(labs, 'eGFR shown as 71').toContainText(/(^|[^\d.])71([^\d.]|$)/);
  const text = await page.locator('body').innerText();
  expect.soft(text, 'the raw eGFR float').not.toContain('71.4023558194721');
  expect.soft(text.match(/\d\.\d{5,}/g) ?? [], 'values with 5+ decimals').toEqual([]);

  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect.soft(height, 'page height at 1280 wide (px)').toBeLessThan(6000);

  await screenshotAt(page, 'long-record', 1280);
  await screenshotAt(page, 'long-record', 375);
});
