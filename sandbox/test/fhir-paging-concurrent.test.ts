/**
 * The review's case: 50 clients paging large-history (100,000 home readings) at the same time, each
 * also running the other searches a chart makes, got 712 of 1,678 answers as 410 (snapshots evicted
 * mid-walk). Every page must now arrive.
 */
import type { Bundle } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessGrant, FhirService } from '../src/contracts';
import { createFhirService } from '../src/fhir/service';
import { call, nextUrl, request } from './fhir-helpers';

const GRANT: AccessGrant = { scopes: ['patient/*.rs'], patient: 'large-history' };
const CLIENTS = 50;
const NOW = new Date(Date.UTC(2026, 0, 15, 12));
const since = new Date(NOW.getTime() - 10 * 365 * 86_400_000).toISOString().slice(0, 10);
const BP = `Observation?patient=large-history&code=http://loinc.org|85354-9&date=ge${since}&_sort=-date&_count=1000`;
/** What else a chart asks for between pages (first pages of walks it may not finish). */
const OTHERS = [
  'Condition?patient=large-history',
  'MedicationRequest?patient=large-history&_count=5',
  'Observation?patient=large-history&code=http://loinc.org|2823-3&_sort=-date&_count=20',
  'Encounter?patient=large-history&_count=3',
];

let service: FhirService;
beforeAll(async () => {
  service = await createFhirService({ now: NOW });
}, 60_000);

async function get(path: string): Promise<{ status: number; bundle?: Bundle }> {
  const relative = path.replace(/^.*\/fhir\//, '');
  const res = await call(service, request(relative, GRANT));
  return { status: res.status, ...(res.status === 200 ? { bundle: res.body as Bundle } : {}) };
}

describe('50 concurrent walks of large-history', () => {
  it('end with every page served and zero 410', async () => {
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const walks = Array.from(
      { length: CLIENTS },
      (): { next?: string; entries: number; ids: Set<string> } => ({
        next: BP,
        entries: 0,
        ids: new Set<string>(),
      }),
    );
    // Round robin: every client asks for its next page, then one other search, in turn.
    for (let round = 0; walks.some((w) => w.next); round++) {
      await Promise.all(
        walks.map(async (w, i) => {
          if (!w.next) return;
          const page = await get(w.next);
          count(page.status);
          w.next = page.bundle ? nextUrl(page.bundle) : undefined;
          for (const e of page.bundle?.entry ?? []) {
            w.entries += 1;
            if (i === 0) w.ids.add(e.resource?.id ?? '');
          }
          // A first page only: a client that stops early leaves its walk to the bounds.
          count((await get(OTHERS[(round + i) % OTHERS.length] ?? '')).status);
        }),
      );
    }
    expect(statuses.get(410) ?? 0).toBe(0);
    expect([...statuses.keys()]).toEqual([200]);
    for (const w of walks) expect(w.entries).toBe(100_000);
    expect(walks[0]?.ids.size).toBe(100_000);
  }, 120_000);
});
