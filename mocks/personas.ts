/** The sandbox's personas, for app unit tests: the same deterministic data the sandbox serves. */
export { buildPersona, buildPersonas, PERSONA_IDS, type PersonaId } from '../sandbox/src/personas';
