import type { Observation } from 'fhir/r4';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bundle, fhirError, fhirJson } from '../../mocks/fhir';
import { createTestSession } from '../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../mocks/server';

const obs = (id: string): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { text: 'x' },
});

/** Pages 1..n of Observations; page p holds ids from `ids(p)`. */
function pagedServer(
  n: number,
  ids: (page: number) => string[],
  fail?: (page: number) => Response | undefined,
) {
  server.use(
    http.get(`${TEST_FHIR_BASE}/Observation`, ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
      const failure = fail?.(page);
      if (failure) return failure;
      return fhirJson(
        bundle(
          ids(page).map(obs),
          page < n ? { next: `Observation?page=${page + 1}`, total: 99 } : {},
        ),
      );
    }),
  );
}

describe('searchAll', () => {
  const gateway = () => createTestSession().gateway;

  it('follows every next link and de-duplicates by type/id', async () => {
    pagedServer(3, (p) => [`o${p}`, 'dup']);
    const progress: number[] = [];
    const result = await gateway().searchAll<Observation>(
      'Observation',
      { patient: 'x' },
      { pageSize: 2, onProgress: (p) => progress.push(p.pages) },
    );
    expect(result.resources.map((r) => r.id)).toEqual(['o1', 'dup', 'o2', 'o3']);
    expect(result).toMatchObject({ pages: 3, truncated: false, total: 99 });
    expect(result.failure).toBeUndefined();
    expect(progress).toEqual([1, 2, 3]);
  });

  it('with keepResources false, hands every page to onPage and keeps none of them', async () => {
    pagedServer(3, (p) => [`o${p}`, `p${p}`, 'dup']);
    const seen: string[] = [];
    const loaded: number[] = [];
    const result = await gateway().searchAll<Observation>(
      'Observation',
      {},
      {
        keepResources: false,
        onPage: (page) => seen.push(...page.resources.map((r) => r.id ?? '')),
        onProgress: (p) => loaded.push(p.resources),
      },
    );
    expect(seen.filter((id) => id !== 'dup')).toEqual(['o1', 'p1', 'o2', 'p2', 'o3', 'p3']);
    // Progress counts what arrived (each resource once) even though none is kept.
    expect(loaded).toEqual([3, 5, 7]);
    expect(result.resources).toEqual([]);
    expect(result).toMatchObject({ pages: 3, truncated: false });
  });

  it('stops at the page cap and says so', async () => {
    pagedServer(10, (p) => [`o${p}`]);
    const result = await gateway().searchAll('Observation', {}, { maxPages: 2 });
    expect(result).toMatchObject({ pages: 2, truncated: true });
    expect(result.resources).toHaveLength(2);
  });

  it('returns what arrived plus the failure when a later page fails', async () => {
    pagedServer(
      3,
      (p) => [`o${p}`],
      (p) => (p === 2 ? fhirError(500) : undefined),
    );
    const result = await gateway().searchAll('Observation', {});
    expect(result.resources.map((r) => r.id)).toEqual(['o1']);
    expect(result.failure?.kind).toBe('server');
  });

  it('throws when the first page fails', async () => {
    pagedServer(
      1,
      () => [],
      () => fhirError(403),
    );
    await expect(gateway().searchAll('Observation', {})).rejects.toHaveProperty(
      'kind',
      'forbidden',
    );
  });

  it('refuses to send the token to a next link on another server', async () => {
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, () =>
        fhirJson(bundle([obs('a')], { next: 'https://evil.test/steal' })),
      ),
    );
    const result = await gateway().searchAll('Observation', {});
    expect(result.resources).toHaveLength(1);
    expect(result.failure?.kind).toBe('malformed');
  });

  it('stops on a next link that loops back', async () => {
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, () =>
        fhirJson(bundle([obs('a')], { next: 'Observation' })),
      ),
    );
    const result = await gateway().searchAll('Observation', {});
    expect(result).toMatchObject({ pages: 1, truncated: false });
  });
});
