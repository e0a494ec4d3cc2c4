import { setupServer } from 'msw/node';

/** The FHIR base every component test talks to (msw answers it; nothing leaves the process). */
export const TEST_FHIR_BASE = 'https://fhir.test/r4';

/** One msw server for the app test project; tests add handlers with `server.use(...)`. */
export const server = setupServer();
