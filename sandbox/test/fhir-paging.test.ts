/**
 * Paging snapshots are kept per walk (until its last page, or a TTL) and never pushed out by other
 * walks while the bounds hold; past a bound the oldest finished, then the oldest idle walk goes.
 */
import type { Bundle } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { FhirService } from '../src/contracts';
import { serviceFromResources } from '../src/fhir/service';
import type { PagingLimits } from '../src/fhir/snapshots';
import { BASE, call, dataset, nextUrl, request, search, T0 } from './fhir-helpers';

function service(paging: Partial<PagingLimits>) {
  return serviceFromResources(dataset(), { now: new Date(T0), paging });
}

/** A walk advanced one page at a time, so walks interleave as concurrent clients do. */
class Walk {
  next: string | undefined;
  pages = 0;
  constructor(
    private readonly s: FhirService,
    private readonly path: string,
  ) {}
  async start(): Promise<this> {
    this.next = nextUrl(await search(this.s, this.path));
    this.pages = 1;
    return this;
  }
  /** The status of the next page (200 moves on). */
  async step(): Promise<number> {
    if (!this.next) throw new Error('walk already finished');
    const res = await call(this.s, request(this.next.slice(BASE.length + 1)));
    if (res.status === 200) {
      this.next = nextUrl(res.body as Bundle);
      this.pages += 1;
    }
    return res.status;
  }
  async finish(): Promise<void> {
    while (this.next) expect(await this.step()).toBe(200);
  }
}

const walk = (s: FhirService, path = 'Observation?patient=p1&_count=10') =>
  new Walk(s, path).start();

describe('a walk in progress', () => {
  it('is not pushed out by one-page searches or by other walks that finish', async () => {
    const s = service({ maxSnapshots: 2 });
    const mine = await walk(s);
    for (let i = 0; i < 20; i++) await search(s, `Observation?patient=p2&_count=${10 + i}`);
    for (let i = 0; i < 5; i++)
      await (await walk(s, `Observation?patient=p1&_count=${20 + i}`)).finish();
    await mine.finish();
    expect(mine.pages).toBe(13);
  });

  it('survives while used within the TTL, and expires (410) when idle longer', async () => {
    let now = 0;
    const s = service({ ttlMs: 1000, now: () => now });
    const used = await walk(s);
    const idle = await walk(s, 'Observation?patient=p1&_count=20');
    for (let i = 0; i < 5; i++) {
      now += 900;
      expect(await used.step()).toBe(200);
    }
    expect(await idle.step()).toBe(410);
  });

  it('after its last page, stays a short while for a retried last page, then goes', async () => {
    let now = 0;
    const s = service({ finishedMs: 100, now: () => now });
    const first = await search(s, 'Observation?patient=p1&_count=100');
    const last = nextUrl(first)?.slice(BASE.length + 1) ?? '';
    expect((await call(s, request(last))).status).toBe(200);
    now += 100;
    expect((await call(s, request(last))).status).toBe(200);
    now += 101;
    expect((await call(s, request(last))).status).toBe(410);
  });
});

describe('bounds', () => {
  it('past maxSnapshots, the oldest idle walk goes first', async () => {
    const s = service({ maxSnapshots: 2 });
    const a = await walk(s);
    const b = await walk(s, 'Observation?patient=p1&_count=11');
    expect(await a.step()).toBe(200); // a is now used more recently than b
    const c = await walk(s, 'Observation?patient=p1&_count=12');
    expect(await b.step()).toBe(410);
    expect(await a.step()).toBe(200);
    expect(await c.step()).toBe(200);
  });

  it('a finished walk goes before any walk in progress', async () => {
    const s = service({ maxSnapshots: 2, finishedMs: 60_000 });
    const active = await walk(s);
    const done = await walk(s, 'Observation?patient=p1&_count=100');
    await done.finish();
    await walk(s, 'Observation?patient=p1&_count=12');
    await active.finish();
  });

  it('past maxEntries the oldest idle walk goes; identical searches share one list', async () => {
    const s = service({ maxEntries: 300 });
    // p1 has 130 matches: three identical walks hold 130 entries, not 390.
    const same = [await walk(s), await walk(s), await walk(s)];
    for (const w of same) expect(await w.step()).toBe(200);
    const other = await walk(s, 'Observation?patient=p1&_sort=-date&_count=10');
    const third = await walk(s, 'Observation?patient=p1&_sort=_id&_count=10');
    // 130 + 130 + 130 > 300: the oldest idle list (the shared one) had to go.
    for (const w of same) expect(await w.step()).toBe(410);
    await other.finish();
    await third.finish();
  });
});
