/**
 * Personas are built from parts. Each part is a pure function (no Node APIs: unit tests of the app
 * import them through mocks/personas.ts) that returns the FHIR resources it contributes.
 * Ids are fixed and readable; times are relative to `now` so the demo always has recent data.
 */
import type { Resource } from 'fhir/r4';
import type { Rng } from './random';

export type PersonaId =
  | 'hypertension-home'
  | 'mixed-encodings'
  | 'large-history'
  | 'no-data'
  | 'edge-cases'
  | 'long-record'
  | 'ill-typed';

/** Personas that build their own Patient (the others get one from people.ts's seeds). */
export type OwnPatientPersonaId = 'long-record' | 'ill-typed';
export type SeededPersonaId = Exclude<PersonaId, OwnPatientPersonaId>;

export const PERSONA_IDS: readonly PersonaId[] = [
  'hypertension-home',
  'mixed-encodings',
  'large-history',
  'no-data',
  'edge-cases',
  'long-record',
  'ill-typed',
];

export const PRACTITIONER_IDS = ['practitioner-1', 'practitioner-2'] as const;

export interface PersonaContext {
  /** Also the Patient.id. */
  patientId: PersonaId;
  /** The instant data is generated relative to (sandbox start-up, or fixed in tests). */
  now: Date;
  /** A PRNG seeded per persona part. */
  rng: Rng;
  /** The IANA time zone the patient lives in (readings are at local morning/evening). */
  timeZone: string;
}

export type PersonaPart = (ctx: PersonaContext) => Resource[];
