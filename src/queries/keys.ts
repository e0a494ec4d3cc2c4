/**
 * The one query-key factory. Every key starts with the FHIR server and the patient, so two launches
 * (another patient, another server) can never share a cache entry.
 */
export interface KeyScope {
  serverUrl: string;
  patientId: string;
}

const root = (s: KeyScope) => ['fhir', s.serverUrl, s.patientId] as const;

export const queryKeys = {
  all: root,
  patient: (s: KeyScope) => [...root(s), 'patient'] as const,
  /** All blood-pressure queries of the patient (invalidate this after a write). */
  bloodPressure: (s: KeyScope) => [...root(s), 'blood-pressure'] as const,
  /** `since`: an ISO date, or 'all'. */
  bloodPressureSince: (s: KeyScope, since: string) =>
    [...root(s), 'blood-pressure', since] as const,
  labs: (s: KeyScope) => [...root(s), 'labs'] as const,
  medications: (s: KeyScope) => [...root(s), 'medications'] as const,
  outbox: (s: KeyScope) => [...root(s), 'outbox'] as const,
  goals: (s: KeyScope) => [...root(s), 'goals'] as const,
  /** The app's own config.json (not per patient). */
  config: () => ['app-config'] as const,
  smartStyle: (url: string) => ['smart-style', url] as const,
};
