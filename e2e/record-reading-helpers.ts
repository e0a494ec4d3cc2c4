/** Helpers of the record-reading e2e spec: form filling, POST tracking, and looking at what the
 * device's outbox and the server hold. */
import {
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test';

export function pastLocal(minute: number): string {
  const d = new Date(Date.now() - 400 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T07:${pad(minute)}`;
}

/** Every POST /Observation the page makes, with the reading's identifier and If-None-Exist header. */
export function trackPosts(page: Page) {
  const posts: { identifier: string; ifNoneExist: string | null; subject: string }[] = [];
  page.on('request', (req: Request) => {
    if (req.method() !== 'POST' || !/\/Observation$/.test(new URL(req.url()).pathname)) return;
    const body = req.postDataJSON() as {
      identifier?: { value?: string }[];
      subject?: { reference?: string };
    };
    posts.push({
      identifier: body.identifier?.[0]?.value ?? '',
      ifNoneExist: req.headers()['if-none-exist'] ?? null,
      subject: body.subject?.reference ?? '',
    });
  });
  return posts;
}

export async function fillReading(
  page: Page,
  r: { systolic: string; diastolic: string; pulse?: string; time: string },
) {
  await page.getByLabel(/^Systolic/).fill(r.systolic);
  await page.getByLabel(/^Diastolic/).fill(r.diastolic);
  if (r.pulse) await page.getByLabel(/^Pulse/).fill(r.pulse);
  await page.getByLabel('Time taken').fill(r.time);
}

/** The Observations the server holds with this identifier, searched with the page's own token. */
export async function storedCopies(page: Page, request: APIRequestContext, identifier: string) {
  const { serverUrl, token } = await page.evaluate(() => {
    const key = JSON.parse(sessionStorage.getItem('SMART_KEY') ?? '""') as string;
    const state = JSON.parse(sessionStorage.getItem(key) ?? '{}') as {
      serverUrl?: string;
      tokenResponse?: { access_token?: string };
    };
    return { serverUrl: state.serverUrl ?? '', token: state.tokenResponse?.access_token ?? '' };
  });
  const res = await request.get(`${serverUrl}/Observation`, {
    params: { identifier: `urn:ietf:rfc:3986|${identifier}` },
    headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
  });
  expect(res.status()).toBe(200);
  const bundle = (await res.json()) as { entry?: { resource: Record<string, unknown> }[] };
  return (bundle.entry ?? []).map((e) => e.resource);
}

/** The device's outbox, read straight from IndexedDB. */
export function outboxEntries(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ patientId: string; serverUrl: string; state: string }[]>((resolve, reject) => {
        const open = indexedDB.open('tensio-outbox');
        open.onerror = () => {
          reject(open.error ?? new Error('indexedDB'));
        };
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) {
            resolve([]);
            return;
          }
          const all = db.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => {
            resolve(all.result as { patientId: string; serverUrl: string; state: string }[]);
          };
        };
      }),
  );
}

/** Generous: on a loaded machine the dashboard's charts can keep the page busy for seconds. */
export const SENT = { timeout: 30_000 };

export const recorder = (page: Page) => page.getByRole('region', { name: 'Record a reading' });

/** config.json as deployed, with another write deadline (the app reads it at launch). */
export async function withWriteDeadline(context: BrowserContext, writeTimeoutMs: number) {
  await context.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({
      response,
      json: { ...config, network: { readTimeoutMs: 30_000, writeTimeoutMs } },
    });
  });
}
