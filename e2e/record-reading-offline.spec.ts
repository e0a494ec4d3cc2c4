/**
 * Issue 10, "never lost" and "bounded network", end to end against the sandbox: a reading saved
 * offline survives its tab and is stored once by the next launch; offline then online in one tab sends
 * it once; a POST that never answers is abandoned after the (test-shortened) write deadline and sent
 * again as the same conditional create, while another tab's reading goes through untouched.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchStandalone } from './fixtures';
import {
  fillReading,
  outboxEntries,
  pastLocal,
  recorder,
  SENT,
  storedCopies,
  trackPosts,
  withWriteDeadline,
} from './record-reading-helpers';

const PATIENT = 'hypertension-home';
const OFFLINE_SAVED = 'Saved on this phone — will be sent when you are online.';

/** The record-reading panel alone, at a phone's and a desktop's width (screenshots/ is git-ignored). */
async function panelShots(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
    await recorder(page).screenshot({ path: `screenshots/${name}-${String(width)}.png` });
  }
}

async function save(page: Page, systolic: string, diastolic: string, minute: number) {
  await fillReading(page, { systolic, diastolic, time: pastLocal(minute) });
  await page.getByRole('button', { name: 'Save reading' }).click();
}

test('saved offline, tab closed, relaunched online: exactly one Observation is stored', async ({
  context,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const offlinePosts = trackPosts(page);
  await launchStandalone(page, { patient: PATIENT });
  await context.setOffline(true);
  await save(page, '136', '87', 21);
  await expect(recorder(page).getByText(OFFLINE_SAVED)).toBeVisible();
  await expect(
    recorder(page)
      .getByText(/will be sent when you are online/)
      .first(),
  ).toBeVisible();
  await expect(recorder(page).getByText('On this device', { exact: true })).toBeVisible();
  expect(await outboxEntries(page)).toEqual([
    expect.objectContaining({ patientId: PATIENT, state: 'pending' }),
  ]);
  await panelShots(page, 'record-reading-offline');
  await page.close();
  expect(offlinePosts).toEqual([]);

  await context.setOffline(false);
  const next = await context.newPage();
  const posts = trackPosts(next);
  await launchStandalone(next, { patient: PATIENT });
  await expect(recorder(next).getByText('In your record', { exact: true })).toBeVisible(SENT);
  expect(posts).toHaveLength(1);
  expect(await outboxEntries(next)).toEqual([]);
  expect(await storedCopies(next, request, posts[0]?.identifier ?? '')).toHaveLength(1);
  await panelShots(next, 'record-reading-online');
});

test('offline then online in the same tab: the reading is sent once', async ({
  context,
  page,
  request,
}) => {
  const posts = trackPosts(page);
  await launchStandalone(page, { patient: PATIENT });
  await context.setOffline(true);
  await save(page, '134', '85', 22);
  await expect(recorder(page).getByText(OFFLINE_SAVED)).toBeVisible();
  // The patient keeps recording offline.
  await save(page, '132', '84', 23);
  await expect(recorder(page).getByText('On this device', { exact: true })).toHaveCount(2);
  await context.setOffline(false);
  await expect(recorder(page).getByText('In your record', { exact: true })).toHaveCount(2, SENT);
  expect(posts).toHaveLength(2);
  expect(new Set(posts.map((p) => p.identifier)).size).toBe(2);
  for (const post of posts)
    expect(await storedCopies(page, request, post.identifier)).toHaveLength(1);
  expect(await outboxEntries(page)).toEqual([]);
});

test('a POST that never answers is retried after the deadline, and another tab is not blocked', async ({
  context,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await withWriteDeadline(context, 8_000);
  const other = await context.newPage();
  await launchStandalone(page, { patient: PATIENT });
  await launchStandalone(other, { patient: PATIENT });
  const posts = [page, other].map((p) => trackPosts(p));
  const allPosts = () => posts.flat();
  // The reading's first POST never gets an answer (and never reaches the server). Either tab may be
  // the one sending it: both run the outbox of this patient, and whichever takes the entry's lock
  // first sends it. The other tab is the one that must not be blocked.
  let held: { page: Page; identifier: string } | undefined;
  await context.route('**/Observation', async (route) => {
    const req = route.request();
    if (req.method() === 'POST' && !held) {
      const body = req.postDataJSON() as { identifier?: { value?: string }[] };
      held = { page: req.frame().page(), identifier: body.identifier?.[0]?.value ?? '' };
      return; // left hanging
    }
    await route.continue();
  });
  await save(page, '138', '88', 24);
  await expect.poll(() => held !== undefined).toBe(true);
  const stuck = held?.page ?? page;
  const free = stuck === page ? other : page;
  const heldId = held?.identifier ?? '';
  await expect(recorder(stuck).getByText('Sending…', { exact: true })).toBeVisible();

  // The other tab records while that POST hangs: it goes straight through.
  await save(free, '127', '81', 25);
  await expect(
    recorder(free)
      .getByRole('listitem')
      .filter({ hasText: '127/81' })
      .getByText('In your record', { exact: true }),
  ).toBeVisible(SENT);
  const stalled = (await outboxEntries(free)).filter((e) => e.state === 'sending');
  expect(stalled).toHaveLength(1); // the first reading was still being sent meanwhile
  expect(allPosts().filter((p) => p.identifier === heldId)).toHaveLength(1);

  // The first reading: abandoned at the deadline, then sent again as the same conditional create (by
  // whichever tab gets to it first: both may, one at a time).
  const row = recorder(page).getByRole('listitem').filter({ hasText: '138/88' });
  await expect(row.getByText('In your record', { exact: true })).toBeVisible({ timeout: 45_000 });
  const mine = allPosts().filter((p) => p.identifier === heldId);
  expect(mine.length).toBeGreaterThanOrEqual(2);
  expect(new Set(mine.map((p) => p.ifNoneExist))).toEqual(
    new Set([`identifier=urn:ietf:rfc:3986|${heldId}`]),
  );
  expect(await storedCopies(page, request, heldId)).toHaveLength(1);
  expect(await outboxEntries(page)).toEqual([]);
});
