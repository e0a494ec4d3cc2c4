import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import config from '../public/config.json';

/** The FHIR base every component test talks to (msw answers it; nothing leaves the process). */
export const TEST_FHIR_BASE = 'https://fhir.test/r4';

/**
 * Answers every panel needs whatever the test is about: the app's config.json, and no BP goal in the
 * record (so the 2025 guideline goal applies). Tests override them with `server.use(...)`.
 */
const defaults = [
  http.get('*/config.json', () => HttpResponse.json(config)),
  http.get(`${TEST_FHIR_BASE}/Goal`, () =>
    HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', entry: [] }),
  ),
];

/** One msw server for the app test project; tests add handlers with `server.use(...)`. */
export const server = setupServer(...defaults);
