/**
 * Referenced Medications the server did not `_include`, fetched in batches: `Medication?_id=a,b,c`
 * (BATCH ids per request, at most IN_FLIGHT requests at once), so 2,000 dangling references cost ~40
 * requests, not 2,000 parallel reads that exhaust the browser's sockets. A server that refuses the `_id`
 * search gets single reads, as few at a time. A Medication that does not exist is no failure: the
 * reference's display names it instead.
 */
import type { Medication } from 'fhir/r4';
import { asPartialFailure, type FhirError, type FhirGateway, isFhirError } from '../smart/types';
import { pooled } from './pool';

export const BATCH = 50;
export const IN_FLIGHT = 4;

/** Errors that end the session are the caller's; the rest are partial-data failures. */
const asFailure = (e: unknown): FhirError => {
  const failure = asPartialFailure(e);
  if (failure) return failure;
  throw e;
};

export interface FetchedMedications {
  medications: Medication[];
  failures: FhirError[];
}

export async function fetchMedicationsById(
  gateway: FhirGateway,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<FetchedMedications> {
  const medications: Medication[] = [];
  const failures: FhirError[] = [];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) chunks.push(ids.slice(i, i + BATCH));
  let searchRefused = false;
  const readOne = (id: string) => async () => {
    try {
      medications.push(await gateway.read<Medication>('Medication', id, signal ? { signal } : {}));
    } catch (e) {
      if (!(isFhirError(e) && e.kind === 'not-found')) failures.push(asFailure(e));
    }
  };
  const refused: string[] = [];
  await pooled(
    chunks.map((chunk) => async () => {
      if (searchRefused) {
        refused.push(...chunk);
        return;
      }
      try {
        const found = await gateway.searchAll<Medication>(
          'Medication',
          { _id: chunk.join(',') },
          { pageSize: BATCH, ...(signal ? { signal } : {}) },
        );
        medications.push(...found.resources);
        if (found.failure) failures.push(found.failure);
      } catch (e) {
        // 400 / 404 / 422 to the search itself: this server has no `_id` search for Medication.
        if (isFhirError(e) && (e.kind === 'invalid' || e.kind === 'not-found')) {
          searchRefused = true;
          refused.push(...chunk);
        } else failures.push(asFailure(e));
      }
    }),
    IN_FLIGHT,
  );
  await pooled(refused.map(readOne), IN_FLIGHT);
  return { medications, failures };
}
