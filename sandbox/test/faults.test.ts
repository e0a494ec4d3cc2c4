import { describe, expect, it } from 'vitest';
import { FaultParamError, FaultState, brokenPage, isDenied, parseFaults } from '../src/faults';

describe('parseFaults', () => {
  it('reads the fault parameters and ignores the rest', () => {
    const q = new URLSearchParams(
      'patient=x&token_ttl=5&fail_rate=0.5&fail_status=503&broken_page=cut&scope_deny=medications',
    );
    expect(parseFaults(q)).toEqual({
      token_ttl: 5,
      fail_rate: 0.5,
      fail_status: 503,
      broken_page: 'cut',
      scope_deny: 'medications',
    });
  });

  it.each([
    'token_ttl=0',
    'fail_rate=2',
    'fail_status=404',
    'broken_page=odd',
    'authorize_error=server_error',
    'refresh=maybe',
  ])('refuses %s', (bad) => {
    expect(() => parseFaults(new URLSearchParams(bad))).toThrow(FaultParamError);
  });
});

describe('FaultState', () => {
  const outcomes = (state: FaultState, methods: string[]) =>
    methods.map((m) => {
      const d = state.before(m);
      return d.kind === 'pass' ? 200 : d.status;
    });

  it('fails exactly the fail_rate share, deterministically', () => {
    const state = new FaultState({ fail_rate: 0.25, fail_status: 503 });
    expect(outcomes(state, Array<string>(8).fill('GET'))).toEqual([
      200, 200, 200, 503, 200, 200, 200, 503,
    ]);
  });

  it('answers 429 with Retry-After on every n-th request', () => {
    const state = new FaultState({ rate_limit: 3 });
    expect(outcomes(state, ['GET', 'GET', 'GET', 'GET'])).toEqual([200, 200, 429, 200]);
    state.before('GET');
    expect(state.before('GET')).toMatchObject({ status: 429, headers: { 'Retry-After': '1' } });
  });

  it('fails the first n POSTs only', () => {
    const state = new FaultState({ fail_posts: 2 });
    expect(outcomes(state, ['POST', 'GET', 'POST', 'POST', 'POST'])).toEqual([
      503, 200, 503, 200, 200,
    ]);
  });

  it('recognises a page reached through a next link, whatever the host or parameter order', () => {
    const state = new FaultState({ broken_page: 'not-json' });
    state.rememberNextLinks({
      link: [{ relation: 'next', url: 'http://127.0.0.1:1/fhir/Observation?a=1&_page=2' }],
    });
    expect(state.isLaterPage('http://localhost:1/fhir/Observation?_page=2&a=1')).toBe(true);
    expect(state.isLaterPage('http://127.0.0.1:1/fhir/Observation?a=1')).toBe(false);
  });
});

describe('brokenPage and isDenied', () => {
  it('cuts JSON in half or answers HTML', () => {
    expect(
      () => JSON.parse(brokenPage('cut', '{"resourceType":"Bundle"}').text) as unknown,
    ).toThrow();
    expect(brokenPage('not-json', '{}').type).toBe('text/html');
  });

  it('denies by exact scope, resource type or the medications alias', () => {
    expect(isDenied('patient/Observation.rs', 'Observation')).toBe(true);
    expect(isDenied('patient/MedicationStatement.read', 'medications')).toBe(true);
    expect(isDenied('openid', 'openid fhirUser')).toBe(true);
    expect(isDenied('patient/Condition.rs', 'medications')).toBe(false);
    expect(isDenied('patient/Condition.rs', undefined)).toBe(false);
  });
});
