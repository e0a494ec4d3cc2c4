/**
 * Medications of the launch patient: MedicationRequests (with `_include` of their Medications) and
 * MedicationStatements, then the referenced Medications the server did not include, in batches.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MedicationRequest, MedicationStatement, Resource } from 'fhir/r4';
import {
  type MedicationEntry,
  type UnreadableMedication,
  missingMedicationIds,
  readMedications,
} from '../fhir/medications';
import { canRead } from '../smart/scopes';
import { useSession } from '../smart/session-context';
import {
  asPartialFailure,
  type FhirError,
  type FhirGateway,
  type SmartSession,
} from '../smart/types';
import { queryKeys } from './keys';
import { fetchMedicationsById } from './medications-batch';

export interface MedicationsData {
  /** Every readable order and statement (the list and the timeline are built from these). */
  entries: MedicationEntry[];
  /** Resources of the wrong shape or that name no medication, each with the reason. */
  unreadable: UnreadableMedication[];
  /** `entered-in-error` records left out. */
  skipped: number;
  /** Something failed (a later page, the statements, a Medication read): what is shown is incomplete. */
  failures: FhirError[];
  /** The instant the data arrived (open-ended periods are drawn up to it). */
  fetchedAt: number;
}

export interface MedicationsQueryInput {
  gateway: FhirGateway;
  serverUrl: string;
  patientId: string;
  readStatements: boolean;
  readMedications: boolean;
  now?: () => number;
}

const asFailure = (e: unknown): FhirError => {
  const failure = asPartialFailure(e);
  if (failure) return failure;
  throw e;
};

export async function fetchMedications(
  i: MedicationsQueryInput,
  signal?: AbortSignal,
): Promise<MedicationsData> {
  const opts = { pageSize: 200, ...(signal ? { signal } : {}) };
  const failures: FhirError[] = [];
  const statementsCall = i.readStatements
    ? i.gateway
        .searchAll<MedicationStatement>('MedicationStatement', { patient: i.patientId }, opts)
        .catch((e: unknown) => {
          failures.push(asFailure(e));
          return undefined;
        })
    : Promise.resolve(undefined);
  // Requests are the core of the panel: a first-page failure there is the panel's error state.
  const [requests, statements] = await Promise.all([
    i.gateway.searchAll<MedicationRequest>(
      'MedicationRequest',
      { patient: i.patientId, _include: 'MedicationRequest:medication' },
      opts,
    ),
    statementsCall,
  ]);
  for (const r of [requests, statements]) if (r?.failure) failures.push(r.failure);
  const sources = {
    requests: requests.resources,
    statements: statements?.resources ?? [],
    included: [...requests.included, ...(statements?.included ?? [])] as Resource[],
  };
  const ids = i.readMedications ? missingMedicationIds(sources) : [];
  const fetched = await fetchMedicationsById(i.gateway, ids, signal);
  failures.push(...fetched.failures);
  const out = readMedications({ ...sources, read: fetched.medications });
  return {
    fetchedAt: (i.now ?? Date.now)(),
    entries: out.entries,
    unreadable: out.unreadableItems,
    skipped: out.skipped,
    failures,
  };
}

export function medicationsQueryOptions(input: MedicationsQueryInput) {
  return queryOptions({
    queryKey: queryKeys.medications(input),
    queryFn: ({ signal }) => fetchMedications(input, signal),
    staleTime: 5 * 60_000,
  });
}

/** The session's medication search, and whether the grant lets the app read MedicationRequests. */
export function medicationsOf(session: SmartSession): {
  input: MedicationsQueryInput;
  allowed: boolean;
} {
  const granted = session.grantedScopes;
  return {
    input: {
      gateway: session.gateway,
      serverUrl: session.serverUrl,
      patientId: session.patientId,
      readStatements: canRead(granted, 'MedicationStatement'),
      readMedications: canRead(granted, 'Medication'),
    },
    allowed: canRead(granted, 'MedicationRequest'),
  };
}

/** Medications, or `allowed: false` when the grant does not let the app read MedicationRequests. */
export function useMedications() {
  const { input, allowed } = medicationsOf(useSession());
  const query = useQuery({ ...medicationsQueryOptions(input), enabled: allowed });
  return { ...query, allowed };
}
