/**
 * Persona assembly: each persona is its Patient plus the bp, labs and meds parts written for it. Pure
 * (no Node APIs): app unit tests import it through mocks/personas.ts. Each part gets its own seeded
 * stream, so changing one part never reshuffles another.
 */
import type { Resource } from 'fhir/r4';
import { bpParts } from './bp';
import { goalParts } from './goals';
import { illTypedBp, illTypedLabs, illTypedMeds, illTypedPatient } from './ill-typed';
import { labsParts } from './labs';
import { longRecordBp, longRecordLabs, longRecordMeds, longRecordPatient } from './long-record';
import { medsParts } from './meds';
import { buildPatient, buildPractitioners } from './people';
import { createRng, seedOf } from './random';
import { buildRpmProgram } from './rpm';
import {
  PERSONA_IDS,
  type OwnPatientPersonaId,
  type PersonaContext,
  type PersonaId,
  type PersonaPart,
  type SeededPersonaId,
} from './types';

export { PERSONA_IDS, PRACTITIONER_IDS, type PersonaId } from './types';
export { LONG_EXPECTED } from './long-record';
export { ILL_TYPED_EXPECTED } from './ill-typed';
export { RPM_EXPECTED, RPM_GROUP_ID, isRpmPatient } from './rpm';

export const PERSONA_TIME_ZONE = 'America/New_York';

const PARTS: readonly (readonly [string, Partial<Record<PersonaId, PersonaPart>>])[] = [
  ['bp', { ...bpParts, 'long-record': longRecordBp, 'ill-typed': illTypedBp }],
  ['labs', { ...labsParts, 'long-record': longRecordLabs, 'ill-typed': illTypedLabs }],
  ['meds', { ...medsParts, 'long-record': longRecordMeds, 'ill-typed': illTypedMeds }],
  ['goals', goalParts],
];

/** Personas whose Patient is part of their story (a death, ill-typed fields) build it themselves. */
const OWN_PATIENTS: Record<
  OwnPatientPersonaId,
  (ctx: Pick<PersonaContext, 'now' | 'timeZone'>) => Resource
> = {
  'long-record': longRecordPatient,
  'ill-typed': illTypedPatient,
};

const ownsPatient = (id: PersonaId): id is OwnPatientPersonaId => id in OWN_PATIENTS;

function patientOf(id: PersonaId, now: Date): Resource {
  return ownsPatient(id)
    ? OWN_PATIENTS[id]({ now, timeZone: PERSONA_TIME_ZONE })
    : buildPatient(id satisfies SeededPersonaId);
}

/** One persona's resources: its Patient first, then its parts' resources. */
export function buildPersona(id: PersonaId, now: Date): Resource[] {
  const out: Resource[] = [patientOf(id, now)];
  for (const [partName, parts] of PARTS) {
    const part = parts[id];
    if (!part) continue;
    const rng = createRng(seedOf(`${id}:${partName}`));
    out.push(...part({ patientId: id, now, rng, timeZone: PERSONA_TIME_ZONE }));
  }
  return out;
}

/** Every persona, plus the practitioners and the remote-monitoring program (docs/personas.md). */
export function buildPersonas(now: Date): Resource[] {
  return [
    ...buildPractitioners(),
    ...PERSONA_IDS.flatMap((id) => buildPersona(id, now)),
    ...buildRpmProgram(now),
  ];
}
