import { describe, expect, it } from 'vitest';
import {
  APP_LAUNCH,
  CookieJar,
  authorizeUrl,
  fhirGet,
  followToApp,
  fullLaunch,
  location,
  pkce,
  sandboxForFile,
  token,
} from './auth-helpers';

const sandbox = sandboxForFile();

const SCOPE = 'launch openid fhirUser offline_access patient/Observation.rs patient/Observation.c';

async function ehr(faults: Record<string, string>) {
  const { tokens } = await fullLaunch(sandbox, { patient: 'hypertension-home', ...faults }, SCOPE);
  return String(tokens.access_token);
}

const post = (accessToken: string) =>
  fetch(`${sandbox.fhirBase}/Observation`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/fhir+json' },
    body: JSON.stringify({ resourceType: 'Observation' }),
  });

describe('faults reach the FHIR calls of their launch', () => {
  it('token_ttl: the access token expires after N seconds -> 401', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      { patient: 'hypertension-home', token_ttl: '1' },
      SCOPE,
    );
    expect(tokens.expires_in).toBe(1);
    expect(
      (await fhirGet(`${sandbox.fhirBase}/Observation`, String(tokens.access_token))).status,
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await fhirGet(`${sandbox.fhirBase}/Observation`, String(tokens.access_token));
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('invalid_token');
    const refreshed = await token(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: String(tokens.refresh_token),
    });
    expect(
      (await fhirGet(`${sandbox.fhirBase}/Observation`, String(refreshed.body.access_token)))
        .status,
    ).toBe(200);
  });

  it('refresh=reject: the refresh grant answers invalid_grant', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      { patient: 'hypertension-home', refresh: 'reject' },
      SCOPE,
    );
    const refreshed = await token(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: String(tokens.refresh_token),
    });
    expect(refreshed.status).toBe(400);
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it('fail_posts=2: the first two POSTs answer 503 before reaching the store', async () => {
    const accessToken = await ehr({ fail_posts: '2' });
    const before = sandbox.fhir.requests.filter((r) => r.method === 'POST').length;
    expect([
      (await post(accessToken)).status,
      (await post(accessToken)).status,
      (await post(accessToken)).status,
    ]).toEqual([503, 503, 201]);
    expect(sandbox.fhir.requests.filter((r) => r.method === 'POST').length - before).toBe(1);
  });

  it('fail_rate with fail_status, and rate_limit with Retry-After', async () => {
    const failing = await ehr({ fail_rate: '0.5', fail_status: '503' });
    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await fhirGet(`${sandbox.fhirBase}/Observation`, failing)).status);
    expect(statuses).toEqual([200, 503, 200, 503]);
    const limited = await ehr({ rate_limit: '2' });
    await fhirGet(`${sandbox.fhirBase}/Observation`, limited);
    const second = await fhirGet(`${sandbox.fhirBase}/Observation`, limited);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
  });

  it('broken_page=cut: pages after the first are cut off; latency_ms delays answers', async () => {
    const accessToken = await ehr({ broken_page: 'cut', latency_ms: '150' });
    const started = Date.now();
    const first = (await (
      await fhirGet(`${sandbox.fhirBase}/Observation`, accessToken)
    ).json()) as { link: { relation: string; url: string }[] };
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const next = first.link.find((l) => l.relation === 'next')?.url ?? '';
    const text = await (await fhirGet(next, accessToken)).text();
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('faults stay with their launch: another launch is unaffected', async () => {
    await ehr({ fail_rate: '1' });
    const clean = await ehr({});
    expect((await fhirGet(`${sandbox.fhirBase}/Observation`, clean)).status).toBe(200);
  });
});

describe('authorize_error', () => {
  it.each(['invalid_scope', 'access_denied'])(
    '%s is redirected to the app with state',
    async (error) => {
      const launched = await fetch(
        `${sandbox.url}/launcher?launch_uri=${encodeURIComponent(APP_LAUNCH)}&patient=hypertension-home&authorize_error=${error}`,
        { redirect: 'manual' },
      );
      const launch = location(launched, sandbox.url).searchParams.get('launch') ?? '';
      const back = await followToApp(
        sandbox,
        new CookieJar(),
        authorizeUrl(sandbox, {
          iss: sandbox.fhirBase,
          scope: SCOPE,
          launch,
          challenge: pkce().challenge,
        }),
      );
      expect(back instanceof URL && back.searchParams.get('error')).toBe(error);
      expect(back instanceof URL && back.searchParams.get('state')).toBe('state-123');
    },
  );
});

describe('scope_deny on an EHR launch', () => {
  it('narrows the grant without a consent page', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      { patient: 'hypertension-home', scope_deny: 'patient/Observation.c' },
      SCOPE,
    );
    expect(tokens.scope).toBe('launch openid fhirUser offline_access patient/Observation.rs');
  });
});
