/**
 * The sandbox's own FHIR service answering the app's requests in unit tests (through msw), so a query
 * is tested against the server the e2e tests use, with its search parameters, paging and scopes.
 * Counts requests and the most in flight at once.
 */
import type { Resource } from 'fhir/r4';
import { http } from 'msw';
import type { AccessGrant } from '../sandbox/src/contracts';
import { serviceFromResources } from '../sandbox/src/fhir/service';
import { fhirJson } from './fhir';
import { server, TEST_FHIR_BASE } from './server';

export interface SandboxStats {
  requests: number;
  inFlight: number;
  maxInFlight: number;
  /** Requests per resource type (the first path segment). */
  byType: Record<string, number>;
}

export function serveSandbox(
  resources: readonly Resource[],
  now: Date,
  grant: AccessGrant,
): SandboxStats {
  const service = serviceFromResources(resources, { now });
  const stats: SandboxStats = { requests: 0, inFlight: 0, maxInFlight: 0, byType: {} };
  const basePath = new URL(TEST_FHIR_BASE).pathname;
  server.use(
    http.all(`${TEST_FHIR_BASE}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.slice(basePath.length + 1);
      const type = path.split('/')[0] ?? '';
      stats.requests++;
      stats.byType[type] = (stats.byType[type] ?? 0) + 1;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        // A macrotask, as a network answer is: requests started together overlap.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const answer = await service.handle({
          method: request.method,
          baseUrl: TEST_FHIR_BASE,
          path,
          query: url.searchParams,
          headers: {},
          grant,
        });
        return fhirJson(answer.body, {
          status: answer.status,
          ...(answer.headers ? { headers: answer.headers } : {}),
        });
      } finally {
        stats.inFlight--;
      }
    }),
  );
  return stats;
}
