// Vitest setup for the app project. msw must be listening before anything imports fhirclient,
// because with FHIRCLIENT_PURE fhirclient captures `fetch` when it is first imported.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';

server.listen({ onUnhandledRequest: 'error' });

beforeAll(() => undefined);
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
});
afterAll(() => {
  server.close();
});
