/** The meds parts of the personas (owned by the meds work; see types.ts for the contract). */
import type { PersonaId, PersonaPart } from './types';

export const medsParts: Partial<Record<PersonaId, PersonaPart>> = {};
