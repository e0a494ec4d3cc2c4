/**
 * Every request has a deadline: a server that never answers becomes a retryable `timeout` FhirError,
 * reads and writes have their own deadlines, and a caller's own cancel stays an abort. The deadline
 * signal is injected and aborted by the test, so nothing here waits on a wall clock.
 */
import type { Observation } from 'fhir/r4';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { fhirJson } from '../../mocks/fhir';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { clientFromState, tokenSource } from './client';
import { createGateway } from './gateway';
import { isFhirError } from './types';

const obs: Observation = { resourceType: 'Observation', status: 'final', code: { text: 'x' } };

/** A gateway whose deadlines the test fires itself; `deadlines` lists them with their length. */
function gatewayWithDeadlines() {
  const deadlines: { ms: number; controller: AbortController }[] = [];
  const client = clientFromState({
    serverUrl: TEST_FHIR_BASE,
    tokenResponse: { access_token: 't', token_type: 'bearer', scope: 'patient/*.rs' },
  });
  const gateway = createGateway({
    serverUrl: TEST_FHIR_BASE,
    tokens: tokenSource(client),
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    timeouts: { readMs: 30_000, writeMs: 20_000 },
    timeoutSignal: (ms) => {
      const controller = new AbortController();
      deadlines.push({ ms, controller });
      return controller.signal;
    },
  });
  const fire = (i: number) => {
    deadlines[i]?.controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
  };
  return { gateway, deadlines, fire };
}

/** A handler that never answers; `arrivals` counts the requests that reached it. */
function hang(method: 'get' | 'post', path: string) {
  const arrivals: Request[] = [];
  let arrived: () => void = () => undefined;
  const next = () => new Promise<void>((resolve) => (arrived = resolve));
  let waiting = next();
  server.use(
    http[method](`${TEST_FHIR_BASE}${path}`, ({ request }) => {
      arrivals.push(request);
      arrived();
      return new Promise<never>(() => undefined);
    }),
  );
  return {
    arrivals,
    arrival: async () => {
      await waiting;
      waiting = next();
    },
  };
}

describe('request deadlines', () => {
  it('turns a read that never answers into a timeout error, without retrying it', async () => {
    const { gateway, deadlines, fire } = gatewayWithDeadlines();
    const stall = hang('get', '/Patient/p1');
    const read = gateway.read('Patient', 'p1').catch((e: unknown) => e);
    await stall.arrival();
    expect(deadlines.map((d) => d.ms)).toEqual([30_000]);
    fire(0);
    const error = await read;
    expect(isFhirError(error) && error.kind).toBe('timeout');
    expect(stall.arrivals).toHaveLength(1);
  });

  it('gives a write its own deadline, and a timed-out conditional create can be sent again as is', async () => {
    const { gateway, deadlines, fire } = gatewayWithDeadlines();
    const stall = hang('post', '/Observation');
    const save = () =>
      gateway.create(obs, { ifNoneExist: 'identifier=urn:ietf:rfc:3986|urn:uuid:u1' });
    const first = save().catch((e: unknown) => e);
    await stall.arrival();
    expect(deadlines.map((d) => d.ms)).toEqual([20_000]);
    fire(0);
    expect(await first).toHaveProperty('kind', 'timeout');

    server.use(
      http.post(`${TEST_FHIR_BASE}/Observation`, ({ request }) => {
        stall.arrivals.push(request);
        return fhirJson({ ...obs, id: 'o1' }, { status: 200 }); // the first attempt had landed
      }),
    );
    await expect(save()).resolves.toMatchObject({ created: false, resource: { id: 'o1' } });
    expect(stall.arrivals.map((r) => r.headers.get('if-none-exist'))).toEqual([
      'identifier=urn:ietf:rfc:3986|urn:uuid:u1',
      'identifier=urn:ietf:rfc:3986|urn:uuid:u1',
    ]);
  });

  it('keeps a caller’s cancel an abort (a cancelled query), not a server timeout', async () => {
    const { gateway } = gatewayWithDeadlines();
    const stall = hang('get', '/Patient/p1');
    const controller = new AbortController();
    const read = gateway
      .read('Patient', 'p1', { signal: controller.signal })
      .catch((e: unknown) => e);
    await stall.arrival();
    controller.abort();
    const error = await read;
    expect(isFhirError(error)).toBe(false);
    expect(error).toHaveProperty('name', 'AbortError');
  });
});
