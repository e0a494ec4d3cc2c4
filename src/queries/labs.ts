/** Laboratory results of the launch patient: fetcher + queryOptions + hook (STYLE.md #2). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Observation } from 'fhir/r4';
import { type LabsSummary, summarizeLabs } from '../clinical/labs';
import { SYSTEM, token } from '../fhir/codes';
import { readLabs } from '../fhir/labs';
import { canRead } from '../smart/scopes';
import { useSession } from '../smart/session-context';
import type { FhirError, FhirGateway } from '../smart/types';
import { queryKeys } from './keys';

export interface LabsData {
  summary: LabsSummary;
  /** A later page failed after retries: `summary` holds what arrived before it. */
  failure?: FhirError;
  /** The page cap stopped the walk. */
  truncated: boolean;
}

export interface LabsQueryInput {
  gateway: FhirGateway;
  serverUrl: string;
  patientId: string;
}

export async function fetchLabs(gateway: FhirGateway, patientId: string, signal?: AbortSignal): Promise<LabsData> {
  const result = await gateway.searchAll<Observation>(
    'Observation',
    { patient: patientId, category: token(SYSTEM.observationCategory, 'laboratory') },
    { pageSize: 500, ...(signal ? { signal } : {}) },
  );
  return {
    summary: summarizeLabs(readLabs(result.resources)),
    ...(result.failure ? { failure: result.failure } : {}),
    truncated: result.truncated,
  };
}

export function labsQueryOptions(input: LabsQueryInput) {
  return queryOptions({
    queryKey: queryKeys.labs(input),
    queryFn: ({ signal }) => fetchLabs(input.gateway, input.patientId, signal),
    staleTime: 5 * 60_000,
  });
}

/** Labs, or `allowed: false` when the grant does not let the app read Observations. */
export function useLabs() {
  const session = useSession();
  const allowed = canRead(session.grantedScopes, 'Observation');
  const query = useQuery({ ...labsQueryOptions(session), enabled: allowed });
  return { ...query, allowed };
}
