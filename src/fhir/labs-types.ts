/** What the labs reader produces: plain, validated records (nothing ill-typed reaches clinical/ or React). */
import type { CodeableConcept } from 'fhir/r4';
import type { DatePrecision } from './fhir-date';

export type Comparator = '<' | '<=' | '>=' | '>';

export interface LabQuantity {
  value: number;
  comparator?: Comparator;
  /** The UCUM code when the server gave one (or a bare `unit` that may be UCUM), for conversion. */
  ucum?: string;
  /** The unit as the server printed it, for display (clamped). */
  unit?: string;
}

export type LabValue =
  | ({ kind: 'quantity' } & LabQuantity)
  | { kind: 'coded'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'absent'; text: string };

export interface LabRange {
  low?: LabQuantity;
  high?: LabQuantity;
  text?: string;
  /** Populations the range applies to (`appliesTo`), as codes and texts. */
  appliesTo: readonly CodeableConcept[];
  /** referencerange-meaning code (`normal`, `recommended`, `treatment`, `therapeutic`...). */
  type?: string;
}

export interface LabInterpretation {
  code?: string;
  /** The coding's system, when it had one. */
  system?: string;
  text: string;
}

export interface LabResult {
  /** `Observation/<id>` */
  id: string;
  code: CodeableConcept;
  name: string;
  /** Epoch ms of the specimen (effective[x]), else the issue time; undefined when neither is given. */
  t?: number;
  /** The precision of that date (a date-only value is a calendar day, never an instant). */
  precision?: DatePrecision;
  value: LabValue;
  ranges: readonly LabRange[];
  /** Every interpretation the server sent (FHIR allows several, e.g. H and U). */
  interpretations: readonly LabInterpretation[];
  note?: string;
}

export interface UnreadableLab {
  /** `Observation/<id>`, or `Observation (no id)`. */
  label: string;
  /** Why, in words for a clinician. */
  reason: string;
}

export interface LabReadResult {
  results: LabResult[];
  /** Observations that could not be read, each with its reason. */
  unreadable: UnreadableLab[];
  /** entered-in-error / cancelled: deliberately not shown. */
  skipped: number;
}
