/**
 * Fetches and reads the patient's BP Observations. Pages are read as they arrive (a few ms each), so
 * 100,000 readings never become one long parsing task after the last page; Encounters (for HH/AMB
 * evidence) are fetched alongside, and pages wait for them.
 */
import type { Encounter, Observation } from 'fhir/r4';
import { BP_OBSERVATION_CODES, SYSTEM, token } from '../fhir/codes';
import { indexEncounters, type EncounterIndex } from '../fhir/bp-evidence';
import { createBpReader } from '../fhir/bp-read';
import type { BpReading, Exclusion } from '../fhir/bp-types';
import type { FhirError, FhirGateway, SearchProgress } from '../smart/types';
import { coverageOf, type BpCoverage } from '../clinical/bp-summary-coverage';
import { createOrderCheck } from './blood-pressure-order';

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
   * What span fully loaded when pages are missing (failure or truncation). Asked newest first, so a
   * failed later page costs the oldest readings; the order is checked as pages arrive, never trusted.
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
  now?: () => number;
}

export async function fetchBloodPressure(gateway: FhirGateway, o: FetchBpOptions): Promise<BpData> {
  const now = (o.now ?? Date.now)();
  const readOptions: { now: number; encounters?: EncounterIndex } = { now };
  const reader = createBpReader(readOptions);
  let ready = !o.readEncounters;
  let encountersFailed = false;
  const waiting: unknown[][] = [];
  const seen = new Set<string>();
  const signal = o.signal ? { signal: o.signal } : {};

  const encountersReady = o.readEncounters
    ? gateway
        .searchAll<Encounter>(
          'Encounter',
          { patient: o.patientId },
          { pageSize: 200, maxPages: 20, ...signal },
        )
        .then((r) => {
          readOptions.encounters = indexEncounters(r.resources);
          encountersFailed = r.failure !== undefined;
        })
        .catch(() => {
          encountersFailed = true;
        })
        .finally(() => {
          ready = true;
          for (const page of waiting.splice(0)) reader.add(page);
        })
    : Promise.resolve();

  // Resources are JSON as the server sent it: an entry may be null or its id not a string.
  const idOf = (r: unknown) =>
    typeof r === 'object' && r !== null && 'id' in r && typeof r.id === 'string' ? r.id : undefined;
  const take = (resources: readonly unknown[]) => {
    const fresh = resources.filter((r) => {
      const id = idOf(r);
      return id === undefined || !seen.has(id);
    });
    for (const r of fresh) {
      const id = idOf(r);
      if (id !== undefined) seen.add(id);
    }
    if (ready) reader.add(fresh);
    else waiting.push(fresh);
  };

  const order = createOrderCheck();
  let pages = 0;
  const result = await gateway.searchAll<Observation>(
    'Observation',
    {
      patient: o.patientId,
      code: BP_CODE_PARAM,
      ...(o.since === 'all' ? {} : { date: `ge${o.since}` }),
    },
    {
      pageSize: BP_PAGE_SIZE,
      // Each page is read as it arrives; keeping the raw Observations too would double the memory.
      keepResources: false,
      // Newest first: a later page that fails then costs the oldest readings, not the recent ones.
      sort: '-date',
      onPage: (page) => {
        pages++;
        order.page(page.resources);
        take(page.resources);
      },
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
      ...signal,
    },
  );
  await encountersReady;
  const { readings, excluded } = reader.finish();
  return {
    readings,
    excluded,
    ...(result.failure ? { failure: result.failure } : {}),
    truncated: result.truncated,
    coverage: coverageOf({
      failed: result.failure !== undefined,
      truncated: result.truncated,
      pagesLoaded: pages,
      // A server that refused `_sort` (no `sortedBy`) sent its own order, whatever the pages look like.
      newestFirst: result.sortedBy === '-date' && order.newestFirst,
      oldestLoaded: order.oldest,
    }),
    encountersFailed,
    fetchedAt: now,
  };
}
