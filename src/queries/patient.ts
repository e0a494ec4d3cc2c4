/**
 * The launch patient (banner, header, death date for the panels), read by the patient reader at fetch
 * time: what is cached is typed facts, never the raw JSON (DESIGN: nothing ill-typed reaches React).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Patient } from 'fhir/r4';
import { deceasedAt, readPatient, type PatientFacts } from '../fhir/patient';
import { canRead } from '../smart/scopes';
import { useSession } from '../smart/session-context';
import type { SmartSession } from '../smart/types';
import { queryKeys } from './keys';

export type { PatientFacts } from '../fhir/patient';

export function patientQueryOptions(session: SmartSession) {
  return queryOptions({
    queryKey: queryKeys.patient(session),
    queryFn: async ({ signal }): Promise<PatientFacts> =>
      readPatient(
        await session.gateway.read<Patient>('Patient', session.patientId, { signal }),
        Date.now(),
      ),
    staleTime: 5 * 60_000,
  });
}

/** The patient for the banner: fetched whatever the grant, so a refusal shows as an error there. */
export function usePatient() {
  return useQuery(patientQueryOptions(useSession()));
}

/**
 * Epoch ms of the patient's death (undefined when alive, unknown, or the record gives no date), for
 * panels whose timelines must stop there. `deceased` is true also when only `deceasedBoolean` says so.
 */
export function usePatientDeath(): { deceased: boolean; deceasedAt?: number } {
  const session = useSession();
  const patient = useQuery({
    ...patientQueryOptions(session),
    enabled: canRead(session.grantedScopes, 'Patient'),
  });
  const at = deceasedAt(patient.data);
  return {
    deceased: patient.data?.deceased !== undefined,
    ...(at !== undefined ? { deceasedAt: at } : {}),
  };
}
