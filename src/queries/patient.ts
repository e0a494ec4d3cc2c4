/** The launch patient (banner, header). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Patient } from 'fhir/r4';
import { useSession } from '../smart/session-context';
import type { SmartSession } from '../smart/types';
import { queryKeys } from './keys';

export function patientQueryOptions(session: SmartSession) {
  return queryOptions({
    queryKey: queryKeys.patient(session),
    queryFn: ({ signal }) =>
      session.gateway.read<Patient>('Patient', session.patientId, { signal }),
  });
}

export function usePatient() {
  return useQuery(patientQueryOptions(useSession()));
}
