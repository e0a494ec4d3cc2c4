/** The bp parts of the personas (owned by the bp work; see types.ts for the contract). */
import type { PersonaId, PersonaPart } from './types';

export const bpParts: Partial<Record<PersonaId, PersonaPart>> = {};
