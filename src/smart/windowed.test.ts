/**
 * Windows run a bounded number at a time, the first first; one failed window leaves the others; an
 * ended session stops them all; a 429 from the server lowers how many run at once.
 */
import type { Observation } from 'fhir/r4';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bundle, fhirError, fhirJson } from '../../mocks/fhir';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { createGateway } from './gateway';
import { FhirError, type SearchAllResult } from './types';
import { runWindows } from './windowed';

const done = (pages: number): SearchAllResult<Observation> => ({
  resources: [],
  included: [],
  pages,
  truncated: false,
});

/** A walk per window that resolves when the test says; records start order and peak concurrency. */
function controlled() {
  const started: number[] = [];
  const settle = new Map<number, (r: SearchAllResult<Observation> | FhirError) => void>();
  let inFlight = 0;
  let peak = 0;
  const walk = (i: number) =>
    new Promise<SearchAllResult<Observation>>((resolve, reject) => {
      started.push(i);
      peak = Math.max(peak, ++inFlight);
      settle.set(i, (r) => {
        inFlight--;
        if (r instanceof FhirError) reject(r);
        else resolve(r);
      });
    });
  const end = async (i: number, r: SearchAllResult<Observation> | FhirError = done(i)) => {
    settle.get(i)?.(r);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { started, walk, end, peak: () => peak };
}

describe('runWindows', () => {
  it('starts windows in order, never more than the limit at once', async () => {
    const c = controlled();
    const ended: number[] = [];
    const all = runWindows(5, c.walk, { limit: () => 2, onWindow: (i) => ended.push(i) });
    expect(c.started).toEqual([0, 1]);
    await c.end(1);
    expect(c.started).toEqual([0, 1, 2]);
    await c.end(0);
    await c.end(2);
    await c.end(3);
    await c.end(4);
    const outcomes = await all;
    expect(c.peak()).toBe(2);
    expect(ended).toEqual([1, 0, 2, 3, 4]);
    expect(outcomes.map((o) => o.ok && o.result.pages)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the other windows when one fails, and reports the failure in its place', async () => {
    const c = controlled();
    const all = runWindows(3, c.walk, { limit: () => 3 });
    await c.end(1, new FhirError('server', 'HTTP 500', 500));
    await c.end(0);
    await c.end(2);
    const outcomes = await all;
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
  });

  it('stops everything when the session ended', async () => {
    const c = controlled();
    const all = runWindows(4, c.walk, { limit: () => 1 }).catch((e: unknown) => e);
    await c.end(0, new FhirError('session-ended', 'gone'));
    expect(await all).toMatchObject({ kind: 'session-ended' });
    expect(c.started).toEqual([0]);
  });

  it('reads the limit again before each start (lowered after a 429)', async () => {
    const c = controlled();
    let limit = 3;
    const all = runWindows(6, c.walk, { limit: () => limit });
    expect(c.started).toEqual([0, 1, 2]);
    limit = 1;
    await c.end(0);
    await c.end(1);
    expect(c.started).toEqual([0, 1, 2]);
    await c.end(2);
    expect(c.started).toEqual([0, 1, 2, 3]);
    for (const i of [3, 4, 5]) await c.end(i);
    await all;
  });

  it('with none, resolves with none', async () => {
    expect(await runWindows(0, controlled().walk, { limit: () => 4 })).toEqual([]);
  });
});

describe('gateway.searchWindows', () => {
  it('sends each window as extra parameters and runs one at a time after a 429', async () => {
    let inFlight = 0;
    let peakAfter429 = 0;
    let limited = false;
    const asked: string[] = [];
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, async ({ request }) => {
        const w = new URL(request.url).searchParams.get('w') ?? '';
        if (w === '0' && !limited) {
          limited = true;
          return fhirError(429, 'slow down', { 'retry-after': '0' });
        }
        asked.push(w);
        inFlight++;
        if (w !== '0' && w !== '1') peakAfter429 = Math.max(peakAfter429, inFlight);
        await request.text();
        inFlight--;
        return fhirJson(bundle([{ resourceType: 'Observation', id: `o${w}` }]));
      }),
    );
    const gateway = createGateway({
      serverUrl: TEST_FHIR_BASE,
      tokens: {
        authorizationHeader: () => 'Bearer t',
        ensureFresh: () => Promise.resolve(),
        refreshAfterUnauthorized: () => Promise.resolve(false),
      },
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      searchConcurrency: 2,
    });
    const windows = ['0', '1', '2', '3', '4'].map((w) => ({ w }));
    const outcomes = await gateway.searchWindows<Observation>(
      'Observation',
      { patient: 'p' },
      windows,
    );
    expect(outcomes.map((o) => o.ok && o.result.resources.map((r) => r.id))).toEqual([
      ['o0'],
      ['o1'],
      ['o2'],
      ['o3'],
      ['o4'],
    ]);
    expect(asked.slice(0, 2).sort()).toEqual(['0', '1']);
    // Windows 0 and 1 started together; from the 429 on, the later ones run one at a time.
    expect(peakAfter429).toBe(1);
    expect(asked.slice(2)).toEqual(['2', '3', '4']);
  });
});
