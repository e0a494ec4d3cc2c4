/**
 * Persona assembly: each persona is its Patient plus the bp, labs and meds parts written for it. Pure
 * (no Node APIs): app unit tests import it through mocks/personas.ts. Each part gets its own seeded
 * stream, so changing one part never reshuffles another.
 */
import type { Resource } from 'fhir/r4';
import { bpParts } from './bp';
import { labsParts } from './labs';
import { medsParts } from './meds';
import { buildPatient, buildPractitioners } from './people';
import { createRng, seedOf } from './random';
import { PERSONA_IDS, type PersonaId, type PersonaPart } from './types';

export { PERSONA_IDS, PRACTITIONER_IDS, type PersonaId } from './types';

export const PERSONA_TIME_ZONE = 'America/New_York';

const PARTS: readonly (readonly [string, Partial<Record<PersonaId, PersonaPart>>])[] = [
  ['bp', bpParts],
  ['labs', labsParts],
  ['meds', medsParts],
];

/** One persona's resources: its Patient first, then its parts' resources. */
export function buildPersona(id: PersonaId, now: Date): Resource[] {
  const out: Resource[] = [buildPatient(id)];
  for (const [partName, parts] of PARTS) {
    const part = parts[id];
    if (!part) continue;
    const rng = createRng(seedOf(`${id}:${partName}`));
    out.push(...part({ patientId: id, now, rng, timeZone: PERSONA_TIME_ZONE }));
  }
  return out;
}

/** Every persona, plus the practitioners. */
export function buildPersonas(now: Date): Resource[] {
  return [...buildPractitioners(), ...PERSONA_IDS.flatMap((id) => buildPersona(id, now))];
}
