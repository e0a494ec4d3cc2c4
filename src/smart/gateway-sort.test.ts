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

describe('searchAll with a sort (newest first)', () => {
  it('asks for the sort and says the server accepted it', async () => {
    const sorts: (string | null)[] = [];
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, ({ request }) => {
        sorts.push(new URL(request.url).searchParams.get('_sort'));
        return fhirJson(bundle([obs('a')]));
      }),
    );
    const result = await createTestSession().gateway.searchAll<Observation>(
      'Observation',
      { patient: 'p' },
      { sort: '-date' },
    );
    expect(sorts).toEqual(['-date']);
    expect(result.sortedBy).toBe('-date');
  });

  it('a server that refuses _sort with 400 is asked again without it, and nothing claims an order', async () => {
    const sorts: (string | null)[] = [];
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, ({ request }) => {
        const sort = new URL(request.url).searchParams.get('_sort');
        sorts.push(sort);
        return sort ? fhirError(400, 'Unsupported _sort') : fhirJson(bundle([obs('a'), obs('b')]));
      }),
    );
    const result = await createTestSession().gateway.searchAll<Observation>(
      'Observation',
      { patient: 'p' },
      { sort: '-date' },
    );
    expect(sorts).toEqual(['-date', null]);
    expect(result.resources.map((r) => r.id)).toEqual(['a', 'b']);
    expect(result.sortedBy).toBeUndefined();
  });

  it('other errors are not retried unsorted (a 403 stays a 403)', async () => {
    let calls = 0;
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, () => {
        calls++;
        return fhirError(403, 'no');
      }),
    );
    const error: unknown = await createTestSession()
      .gateway.searchAll('Observation', {}, { sort: '-date' })
      .catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toMatchObject({ kind: 'forbidden' });
  });
});
