/** Types shared by the medication reader and the medication[x] resolver (one-way: both import this). */
import type { Medication, MedicationRequest, MedicationStatement, Resource } from 'fhir/r4';

export type MedicationForm = 'codeable-concept' | 'contained' | 'included' | 'read' | 'display';

/** Resources as the server sent them: typed for callers, but read as untrusted JSON. */
export interface MedicationSources {
  requests: readonly MedicationRequest[];
  statements: readonly MedicationStatement[];
  /** Medications that came with the search (`_include`). */
  included: readonly Resource[];
  /** Medications the app fetched itself because the server did not include them. */
  read?: readonly Medication[];
}
