/**
 * A long BP history fetched in windows against a server that honours `date` ge/lt, `_sort=-date` and
 * `_count`: every reading once, the newest window first, partial data with "still loading" coverage,
 * and what a failed window leaves complete. Plus the window plan and coverage rules, table-driven.
 */
import type { Observation } from 'fhir/r4';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { encounterSearch, OBSERVATION_URL } from '../../mocks/fixtures/bp';
import { bundle, fhirError, fhirJson } from '../../mocks/fhir';
import { createTestSession } from '../../mocks/render';
import { server } from '../../mocks/server';
import { DAY } from '../clinical/time';
import { fetchBloodPressure, type BpData } from './blood-pressure-fetch';
import { MAX_WINDOWS, planWindows, segmentsCoverage, type Segment } from './bp-window-plan';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const c = (code: string, value: number) => ({
  code: { coding: [{ system: 'http://loinc.org', code }] },
  valueQuantity: { value, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
});
/** One reading a day for 500 days, newest yesterday. */
const history: Observation[] = Array.from({ length: 500 }, (_, i) => ({
  resourceType: 'Observation',
  id: `d${i}`,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
  effectiveDateTime: new Date(NOW - (i + 1) * DAY).toISOString(),
  component: [c('8480-6', 130), c('8462-4', 80)],
}));
const timeOf = (o: Observation) => Date.parse(o.effectiveDateTime ?? '');

/** Honours date ge/lt (ANDed), _sort=-date, _count (max 100) and `_offset` paging. */
function serve(fail?: (url: URL) => boolean) {
  const asked: URL[] = [];
  server.use(
    encounterSearch([]),
    http.get(OBSERVATION_URL, ({ request }) => {
      const url = new URL(request.url);
      asked.push(url);
      if (fail?.(url)) return fhirError(500);
      let matches = history.filter((o) =>
        url.searchParams.getAll('date').every((d) => {
          const bound = Date.parse(d.slice(2));
          return d.startsWith('ge') ? timeOf(o) >= bound : timeOf(o) < bound;
        }),
      );
      if (url.searchParams.get('_sort') === 'date') matches = [...matches].reverse();
      const size = Math.min(100, Number(url.searchParams.get('_count') ?? 100));
      const offset = Number(url.searchParams.get('_offset') ?? 0);
      const next = new URL(url);
      next.searchParams.set('_offset', String(offset + size));
      return fhirJson(
        bundle(matches.slice(offset, offset + size), {
          total: matches.length,
          ...(offset + size < matches.length ? { next: next.href } : {}),
        }),
      );
    }),
  );
  return asked;
}

const fetchAll = (partials: BpData[] = []) =>
  fetchBloodPressure(createTestSession().gateway, {
    patientId: 'test-patient',
    since: 'all',
    readEncounters: true,
    now: () => NOW,
    onPartial: (d) => partials.push(d),
  });

describe('fetchBloodPressure in windows', () => {
  it('loads every reading once, the newest page first, then windows newest first', async () => {
    const asked = serve();
    const partials: BpData[] = [];
    const data = await fetchAll(partials);
    expect(data.readings).toHaveLength(500);
    expect(new Set(data.readings.map((r) => r.id)).size).toBe(500);
    expect(data.coverage).toEqual({});
    const firsts = asked.filter((u) => !u.searchParams.has('_offset'));
    expect(firsts[0]?.searchParams.getAll('date')).toEqual([]);
    // Windows: ge/lt pairs, each lower bound below the one before (newest first).
    const lows = firsts
      .slice(1)
      .map((u) => u.searchParams.getAll('date').find((d) => d.startsWith('ge')));
    expect(lows.length).toBeGreaterThan(1);
    expect(lows[lows.length - 1]).toBeUndefined();
    const times = lows.slice(0, -1).map((d) => Date.parse(d?.slice(2) ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Drawn while loading: fewer readings, and said to be still loading.
    expect(partials.length).toBeGreaterThan(0);
    expect(partials[0]?.coverage.incomplete?.reason).toBe('loading');
    expect(partials[0]?.readings.length).toBeLessThan(500);
  });

  it('a failed window: the span newer than it is complete, the rest said missing', async () => {
    // The second window to start fails on every attempt (retries included).
    const windows: string[] = [];
    serve((url) => {
      const key = url.searchParams.getAll('date').join('&');
      if (!key || url.searchParams.has('_offset')) return false;
      if (!windows.includes(key)) windows.push(key);
      return windows.indexOf(key) === 1;
    });
    const data = await fetchAll();
    expect(data.failure?.kind).toBe('server');
    expect(data.coverage.incomplete?.reason).toBe('failed');
    const from = data.coverage.completeFrom ?? Infinity;
    expect(from).toBeLessThan(NOW - 100 * DAY);
    // Every reading after the complete span's start did arrive.
    const after = history.filter((o) => timeOf(o) >= from).length;
    expect(data.readings.filter((r) => r.time >= from)).toHaveLength(after);
  });

  it('a short history is one request, as before', async () => {
    const asked = serve();
    const data = await fetchBloodPressure(createTestSession().gateway, {
      patientId: 'test-patient',
      since: new Date(NOW - 30 * DAY).toISOString().slice(0, 10),
      readEncounters: false,
      now: () => NOW,
    });
    expect(data.readings).toHaveLength(30);
    expect(asked).toHaveLength(1);
  });
});

describe('planWindows', () => {
  const first = { count: 100, total: 500, oldest: NOW - 100 * DAY, newest: NOW - DAY };
  it.each([
    ['one window per page left', first, {}, 4],
    ['capped', { ...first, total: 1e6 }, {}, MAX_WINDOWS],
    ['no total: the cap', { ...first, total: undefined }, {}, MAX_WINDOWS],
    ['nothing left: still one window (total is advisory)', { ...first, total: 100 }, {}, 1],
  ])('%s', (_name, f, o, n) => {
    const ws = planWindows(f, o);
    expect(ws).toHaveLength(n);
    expect(ws[0]?.to).toBe(Math.ceil(first.oldest / 1000) * 1000 + 1000);
    expect(ws[ws.length - 1]?.from).toBeUndefined();
  });

  it('keeps the caller bound out of the instants (sent as the date it was asked)', () => {
    const since = NOW - 400 * DAY;
    const ws = planWindows(first, { since });
    expect(ws.every((w) => w.from === undefined || w.from > since)).toBe(true);
  });
});

const seg = (s: Partial<Segment>): Segment => ({
  finished: true,
  failed: false,
  truncated: false,
  pages: 1,
  newestFirst: true,
  ...s,
});

describe('segmentsCoverage', () => {
  it.each([
    ['all loaded', [seg({}), seg({ upper: 50 })], {}],
    [
      "still loading: complete down to the loading window's oldest",
      [seg({ oldest: 80 }), seg({ finished: false, oldest: 60, upper: 70 })],
      { incomplete: { reason: 'loading', pagesLoaded: 2 }, completeFrom: 60 },
    ],
    [
      'a failed first page of a window: complete down to its upper bound',
      [seg({ oldest: 80 }), seg({ failed: true, pages: 0, upper: 70 }), seg({ upper: 40 })],
      { incomplete: { reason: 'failed', pagesLoaded: 2 }, completeFrom: 70 },
    ],
    [
      'a window not newest first: only its upper bound',
      [seg({}), seg({ truncated: true, newestFirst: false, oldest: 10, upper: 70 })],
      { incomplete: { reason: 'truncated', pagesLoaded: 2 }, completeFrom: 70 },
    ],
    [
      'loading wins over a failure seen so far',
      [seg({}), seg({ failed: true, upper: 70, oldest: 65 }), seg({ finished: false, upper: 40 })],
      { incomplete: { reason: 'loading', pagesLoaded: 3 }, completeFrom: 65 },
    ],
  ])('%s', (_name, segments, expected) => {
    expect(segmentsCoverage(segments)).toEqual(expected);
  });
});
