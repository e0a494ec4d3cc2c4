/**
 * Reads BP search pages as they arrive, in whatever order the windows bring them: each resource once
 * (by id: windows and pages of unstable servers overlap), and only once the patient's Encounters (for
 * HH/AMB setting evidence) are in; pages that arrive before them wait. `read()` may be called while
 * pages still arrive (a partial drawing) and again at the end.
 */
import type { Encounter } from 'fhir/r4';
import { indexEncounters, type EncounterIndex } from '../fhir/bp-evidence';
import { createBpReader } from '../fhir/bp-read';
import type { FhirGateway } from '../smart/types';

// Resources are JSON as the server sent it: an entry may be null or its id not a string.
const idOf = (r: unknown) =>
  typeof r === 'object' && r !== null && 'id' in r && typeof r.id === 'string' ? r.id : undefined;

export function createBpPageReader(
  gateway: FhirGateway,
  o: { patientId: string; readEncounters: boolean; signal?: AbortSignal },
  now: number,
) {
  const readOptions: { now: number; encounters?: EncounterIndex } = { now };
  const reader = createBpReader(readOptions);
  let ready = !o.readEncounters;
  let encountersFailed = false;
  let loaded = 0;
  const waiting: unknown[][] = [];
  const seen = new Set<string>();

  const encounters = o.readEncounters
    ? gateway
        .searchAll<Encounter>(
          'Encounter',
          { patient: o.patientId },
          { pageSize: 200, maxPages: 20, ...(o.signal ? { signal: o.signal } : {}) },
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

  return {
    take(resources: readonly unknown[]) {
      const fresh = resources.filter((r) => {
        const id = idOf(r);
        if (id === undefined) return true;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
      loaded += fresh.length;
      if (ready) reader.add(fresh);
      else waiting.push(fresh);
    },
    /** Resources taken so far, each once. */
    loaded: () => loaded,
    /** Whether the Encounters are in (before, a partial drawing would lack their evidence). */
    ready: () => ready,
    read: () => reader.finish(),
    encountersDone: () => encounters,
    encountersFailed: () => encountersFailed,
  };
}
