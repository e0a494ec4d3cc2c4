/** The labs parts of the personas (owned by the labs work; see types.ts for the contract). */
import type { PersonaId, PersonaPart } from './types';

export const labsParts: Partial<Record<PersonaId, PersonaPart>> = {};
