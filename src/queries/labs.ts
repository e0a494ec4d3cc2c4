/** Laboratory results of the launch patient: fetcher + queryOptions + hook (STYLE.md #2). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Observation } from 'fhir/r4';
import { type LabsSummary, summarizeLabs } from '../clinical/labs';
import { type LabReadResult, readLabs } from '../fhir/labs';
import { SYSTEM, token } from '../fhir/codes';
import { canRead } from '../smart/scopes';
import { useSession } from '../smart/session-context';
import type { FhirError, FhirGateway, SearchProgress } from '../smart/types';
import { queryKeys } from './keys';
import { progressKey as searchProgressKey, setProgress, useProgress } from './progress';
import { patientQueryOptions } from './patient';

/** What is cached: the read results (the summary depends on the patient's sex, known later). */
export interface LabsFetched {
  read: LabReadResult;
  failure?: FhirError;
  truncated: boolean;
}

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

export async function fetchLabs(
  gateway: FhirGateway,
  patientId: string,
  signal?: AbortSignal,
  onProgress?: (p: SearchProgress) => void,
): Promise<LabsFetched> {
  const result = await gateway.searchAll<Observation>(
    'Observation',
    { patient: patientId, category: token(SYSTEM.observationCategory, 'laboratory') },
    { pageSize: 500, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) },
  );
  return {
    read: readLabs(result.resources),
    ...(result.failure ? { failure: result.failure } : {}),
    truncated: result.truncated,
  };
}

const progressKey = (i: LabsQueryInput) => searchProgressKey(i.serverUrl, i.patientId, 'labs');

export function labsQueryOptions(input: LabsQueryInput) {
  return queryOptions({
    queryKey: queryKeys.labs(input),
    queryFn: async ({ signal }) => {
      const key = progressKey(input);
      try {
        return await fetchLabs(input.gateway, input.patientId, signal, (p) => {
          setProgress(key, p);
        });
      } finally {
        setProgress(key, undefined);
      }
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * Labs, or `allowed: false` when the grant does not let the app read Observations. Sex-specific reference
 * ranges (`appliesTo`) use Patient.gender as the available proxy for sex; other or unknown -> none.
 */
export function useLabs() {
  const session = useSession();
  const allowed = canRead(session.grantedScopes, 'Observation');
  const patient = useQuery({
    ...patientQueryOptions(session),
    enabled: canRead(session.grantedScopes, 'Patient'),
  });
  const gender = patient.data?.gender;
  const sex = gender === 'male' || gender === 'female' ? gender : undefined;
  const select = useCallback(
    (d: LabsFetched): LabsData => ({
      summary: summarizeLabs(d.read, sex ? { sex } : {}),
      ...(d.failure ? { failure: d.failure } : {}),
      truncated: d.truncated,
    }),
    [sex],
  );
  const query = useQuery({ ...labsQueryOptions(session), enabled: allowed, select });
  const progress = useProgress(progressKey(session));
  return { ...query, allowed, progress };
}
