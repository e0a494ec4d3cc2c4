import type { Observation, Patient } from 'fhir/r4';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { bundle, fhirError, fhirJson } from '../../mocks/fhir';
import { createTestSession } from '../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { isFhirError } from './types';

const obs = (id: string): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { text: 'x' },
});

const gateway = (opts: Parameters<typeof createTestSession>[0] = {}) =>
  createTestSession(opts).gateway;

describe('gateway read/search', () => {
  it('reads a resource with the bearer and FHIR accept header', async () => {
    let auth: string | null = null;
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p1`, ({ request }) => {
        auth = request.headers.get('authorization');
        return fhirJson({ resourceType: 'Patient', id: 'p1' });
      }),
    );
    const patient = await gateway().read<Patient>('Patient', 'p1');
    expect(patient.id).toBe('p1');
    expect(auth).toBe('Bearer test-access-token');
  });

  it('sends repeated params and splits matches from includes', async () => {
    let query = '';
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, ({ request }) => {
        query = new URL(request.url).search;
        return fhirJson(
          bundle([obs('a')], { included: [{ resourceType: 'Patient', id: 'p' }], total: 7 }),
        );
      }),
    );
    const page = await gateway().search<Observation>('Observation', {
      date: ['ge2024-01-01', 'le2024-12-31'],
      code: 'x',
    });
    expect(query).toBe('?date=ge2024-01-01&date=le2024-12-31&code=x');
    expect(page.resources.map((r) => r.id)).toEqual(['a']);
    expect(page.included).toHaveLength(1);
    expect(page.total).toBe(7);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [410, 'not-found'],
    [422, 'invalid'],
    [400, 'invalid'],
  ])(
    'turns HTTP %i into a FhirError of kind %s with the OperationOutcome',
    async (status, kind) => {
      server.use(http.get(`${TEST_FHIR_BASE}/Patient/p1`, () => fhirError(status, 'nope')));
      const error: unknown = await gateway()
        .read('Patient', 'p1')
        .catch((e: unknown) => e);
      expect(isFhirError(error) && error.kind).toBe(kind);
      expect(isFhirError(error) && error.outcome?.issue[0]?.diagnostics).toBe('nope');
    },
  );

  it('classifies a non-JSON body as malformed', async () => {
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p1`, () => new Response('<html>', { status: 200 })),
    );
    const error: unknown = await gateway()
      .read('Patient', 'p1')
      .catch((e: unknown) => e);
    expect(isFhirError(error) && error.kind).toBe('malformed');
  });

  it('reports the session as ended on 401 (no refresh possible)', async () => {
    const onSessionEnded = vi.fn();
    server.use(http.get(`${TEST_FHIR_BASE}/Patient/p1`, () => fhirError(401)));
    const error: unknown = await gateway({ onSessionEnded })
      .read('Patient', 'p1')
      .catch((e: unknown) => e);
    expect(isFhirError(error) && error.kind).toBe('unauthorized');
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });
});

describe('gateway retries', () => {
  it('retries 503 then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p1`, () =>
        ++calls < 3 ? fhirError(503) : fhirJson({ resourceType: 'Patient', id: 'p1' }),
      ),
    );
    await expect(gateway().read('Patient', 'p1')).resolves.toMatchObject({ id: 'p1' });
    expect(calls).toBe(3);
  });

  it('honours Retry-After on 429', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p1`, () => {
        times.push(Date.now());
        return times.length === 1
          ? fhirError(429, 'slow down', { 'retry-after': '1' })
          : fhirJson({ resourceType: 'Patient', id: 'p1' });
      }),
    );
    await gateway({ retry: { maxDelayMs: 5000 } }).read('Patient', 'p1');
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('gives up after the attempts with kind server', async () => {
    let calls = 0;
    server.use(http.get(`${TEST_FHIR_BASE}/Patient/p1`, () => (calls++, fhirError(500))));
    const error: unknown = await gateway()
      .read('Patient', 'p1')
      .catch((e: unknown) => e);
    expect(isFhirError(error) && error.kind).toBe('server');
    expect(calls).toBe(4);
  });

  it('can be aborted while waiting', async () => {
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p1`, () =>
        fhirError(429, 'wait', { 'retry-after': '5' }),
      ),
    );
    const controller = new AbortController();
    const pending = gateway({ retry: { maxDelayMs: 10_000 } }).read('Patient', 'p1', {
      signal: controller.signal,
    });
    setTimeout(() => {
      controller.abort();
    }, 50);
    await expect(pending).rejects.toHaveProperty('name', 'AbortError');
  });

  it('does not retry a plain create on 503, but retries a conditional one', async () => {
    let calls = 0;
    server.use(
      http.post(`${TEST_FHIR_BASE}/Observation`, ({ request }) => {
        calls++;
        if (calls === 1 || !request.headers.get('if-none-exist')) return fhirError(503);
        return fhirJson(obs('new'), {
          status: 201,
          headers: { location: `${TEST_FHIR_BASE}/Observation/new/_history/1` },
        });
      }),
    );
    await expect(gateway().create(obs('x'))).rejects.toHaveProperty('kind', 'server');
    expect(calls).toBe(1); // one POST: a plain create is never sent twice
    calls = 0;
    const result = await gateway().create(obs('x'), { ifNoneExist: 'identifier=a|b' });
    expect(result).toMatchObject({ created: true, resource: { id: 'new' } });
    expect(calls).toBe(2);
  });

  it('reports an existing match of a conditional create as not created', async () => {
    server.use(
      http.post(`${TEST_FHIR_BASE}/Observation`, () => fhirJson(obs('old'), { status: 200 })),
    );
    await expect(
      gateway().create(obs('x'), { ifNoneExist: 'identifier=a|b' }),
    ).resolves.toMatchObject({ created: false });
  });
});
