/**
 * Fetches and reads the patient's BP Observations, newest first (issue 12). The newest page comes
 * first and alone (a short history is one request, as before); when there is more, the rest is split
 * into date windows fetched a few at a time, newest window first, each page read as it arrives (a few
 * ms each: 100,000 readings never become one long parsing task). `onPartial` hands over what has
 * loaded as windows complete, its coverage saying what is still missing. A server whose first page
 * did not come newest first is walked page after page as before. Encounters (for HH/AMB evidence) are
 * fetched alongside, and pages wait for them.
 */
import type { Observation, Resource } from 'fhir/r4';
import { BP_OBSERVATION_CODES, SYSTEM, token } from '../fhir/codes';
import { readFhirDate } from '../fhir/fhir-date';
import type { BpReading, Exclusion } from '../fhir/bp-types';
import type { FhirError, FhirGateway, SearchAllResult, SearchProgress } from '../smart/types';
import { coverageOf, type BpCoverage } from '../clinical/bp-summary-coverage';
import { HOUR } from '../clinical/time';
import { createOrderCheck, type OrderCheck } from './blood-pressure-order';
import { createBpPageReader } from './bp-page-reader';
import { planWindows, segmentsCoverage, windowParams, type Segment } from './bp-window-plan';

export const BP_CODE_PARAM = BP_OBSERVATION_CODES.map((c) => token(SYSTEM.loinc, c)).join(',');
export const BP_PAGE_SIZE = 1000;

export interface BpData {
  readings: BpReading[];
  excluded: Exclusion[];
  /** A page failed after retries: `readings` is what arrived before it. */
  failure?: FhirError;
  /** The page cap stopped the walk. */
  truncated: boolean;
  /**
   * What span fully loaded when pages are missing (failure, truncation, still loading). Asked newest
   * first, so a missing page costs the oldest readings; the order is checked as pages arrive.
   */
  coverage: BpCoverage;
  /** Encounters could not be read (setting evidence from encounters is then missing). */
  encountersFailed: boolean;
  fetchedAt: number;
}

export interface FetchBpOptions {
  patientId: string;
  /** `YYYY-MM-DD` lower bound, or 'all'. */
  since: string;
  readEncounters: boolean;
  signal?: AbortSignal;
  onProgress?: (p: SearchProgress) => void;
  /** What has loaded so far, while windows are still arriving (never called for one page). */
  onPartial?: (data: BpData) => void;
  now?: () => number;
}

const SORT = '-date';

export async function fetchBloodPressure(gateway: FhirGateway, o: FetchBpOptions): Promise<BpData> {
  const now = (o.now ?? Date.now)();
  const signal = o.signal ? { signal: o.signal } : {};
  const reader = createBpPageReader(gateway, o, now);
  const since = o.since === 'all' ? undefined : o.since;
  const base = { patient: o.patientId, code: BP_CODE_PARAM };
  const pageOptions = { pageSize: BP_PAGE_SIZE, keepResources: false, sort: SORT, ...signal };
  let pages = 0;
  const failures: FhirError[] = [];

  const firstOrder = createOrderCheck();
  const first = await gateway.searchAll<Observation>(
    'Observation',
    { ...base, ...(since ? { date: `ge${since}` } : {}) },
    {
      ...pageOptions,
      maxPages: 1,
      onPage: (page) => {
        pages++;
        firstOrder.page(page.resources);
        reader.take(page.resources);
      },
    },
  );
  const total = first.total;
  const progress = () =>
    o.onProgress?.({
      pages,
      resources: reader.loaded(),
      ...(total !== undefined ? { total } : {}),
    });
  progress();
  const checked = first.sortedBy === SORT && firstOrder.newestFirst;
  const count = reader.loaded();
  const { oldest, newest } = firstOrder;
  if (!first.truncated) return finish([segmentOf(first, firstOrder)]);
  if (!checked || oldest === undefined || newest === undefined) {
    // Not known to be newest first: no window can be trusted to hold "the rest". Walk it all.
    const order = createOrderCheck();
    pages = 0;
    const walked = await gateway.searchAll<Observation>(
      'Observation',
      { ...base, ...(since ? { date: `ge${since}` } : {}) },
      {
        ...pageOptions,
        onPage: (page) => {
          pages++;
          order.page(page.resources);
          reader.take(page.resources);
        },
        onProgress: progress,
      },
    );
    return finish([segmentOf(walked, order)], walked.failure);
  }

  const sinceDate = since ? readFhirDate(since) : undefined;
  const probed = since === undefined && total === undefined ? await probeOldest() : undefined;
  const windows = planWindows(
    { count, ...(total !== undefined ? { total } : {}), oldest, newest },
    {
      ...(sinceDate ? { since: sinceDate.t - 12 * HOUR } : {}),
      ...(probed !== undefined ? { probedOldest: probed } : {}),
    },
  );
  const segments: Segment[] = [
    // The first page is all of its span: the windows hold what the page cap left out.
    { ...segmentOf(first, firstOrder), truncated: false },
    ...windows.map((w) => ({
      finished: false,
      failed: false,
      truncated: false,
      pages: 0,
      newestFirst: true,
      ...(w.to !== undefined ? { upper: w.to } : {}),
    })),
  ];
  const orders = windows.map(() => createOrderCheck());
  let published = count;
  const publish = () => {
    const loaded = reader.loaded();
    // Geometric steps (×4): 100 pages are drawn three times before the end, never once per page.
    if (!o.onPartial || loaded < published * 4 || !reader.ready()) return;
    published = loaded;
    o.onPartial(build(segmentsCoverage(segments)));
  };
  publish();
  await gateway.searchWindows<Observation>(
    'Observation',
    base,
    windows.map((w) => windowParams(w, since)),
    {
      ...pageOptions,
      onPage: (i, page) => {
        pages++;
        orders[i]?.page(page.resources);
        reader.take(page.resources);
        const s = segments[i + 1];
        if (s) s.pages++;
        progress();
      },
      onWindow: (i, outcome) => {
        const order = orders[i];
        const s = segments[i + 1];
        if (!order || !s) return;
        if (outcome.ok) segments[i + 1] = { ...segmentOf(outcome.result, order), upper: s.upper };
        else {
          failures.push(outcome.error);
          segments[i + 1] = { ...s, finished: true, failed: true };
        }
        if (outcome.ok && outcome.result.failure) failures.push(outcome.result.failure);
        publish();
      },
    },
  );
  return finish(segments);

  async function probeOldest(): Promise<number | undefined> {
    try {
      const page = await gateway.search<Observation>(
        'Observation',
        { ...base, _sort: 'date', _count: '1' },
        signal,
      );
      const order = createOrderCheck();
      order.page(page.resources);
      return order.oldest;
    } catch {
      return undefined; // only a guess for balancing the windows
    }
  }

  function segmentOf(r: SearchAllResult<Resource>, order: OrderCheck): Segment {
    return {
      finished: true,
      failed: r.failure !== undefined,
      truncated: r.truncated,
      pages: r.pages,
      newestFirst: r.sortedBy === SORT && order.newestFirst,
      ...(order.oldest !== undefined ? { oldest: order.oldest } : {}),
    };
  }

  function build(coverage: BpCoverage, failure?: FhirError): BpData {
    const { readings, excluded } = reader.read();
    return {
      readings,
      excluded,
      ...(failure ? { failure } : {}),
      truncated: coverage.incomplete?.reason === 'truncated',
      coverage,
      encountersFailed: reader.encountersFailed(),
      fetchedAt: now,
    };
  }

  async function finish(done: Segment[], failure = failures[0]): Promise<BpData> {
    await reader.encountersDone();
    const single = done.length === 1 ? done[0] : undefined;
    const coverage = single
      ? coverageOf({
          failed: single.failed,
          truncated: single.truncated,
          pagesLoaded: single.pages,
          newestFirst: single.newestFirst,
          oldestLoaded: single.oldest,
        })
      : segmentsCoverage(done);
    return { ...build(coverage, failure), truncated: done.some((s) => s.truncated) };
  }
}
