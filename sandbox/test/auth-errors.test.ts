import { beforeAll, describe, expect, it } from 'vitest';
import {
  APP_LAUNCH,
  CookieJar,
  authorizeUrl,
  followToApp,
  location,
  pkce,
  sandboxForFile,
  step,
  token,
  REDIRECT,
} from './auth-helpers';

const sandbox = sandboxForFile();
let launch: string;

beforeAll(async () => {
  const launched = await fetch(
    `${sandbox.url}/launcher?launch_uri=${encodeURIComponent(APP_LAUNCH)}&patient=hypertension-home`,
    { redirect: 'manual' },
  );
  launch = location(launched, sandbox.url).searchParams.get('launch') ?? '';
});

const SCOPE = 'launch openid fhirUser patient/Observation.rs';

/** Runs an authorization request and returns where it sent the browser back to the app. */
async function backToApp(input: Partial<Parameters<typeof authorizeUrl>[1]>): Promise<URL> {
  const url = authorizeUrl(sandbox, {
    iss: sandbox.fhirBase,
    scope: SCOPE,
    launch,
    challenge: pkce().challenge,
    ...input,
  });
  const back = await followToApp(sandbox, new CookieJar(), url);
  if (!(back instanceof URL)) throw new Error(`expected a redirect, got ${back.status}`);
  expect(back.origin + back.pathname).toBe(REDIRECT);
  return back;
}

async function codeFor(challenge: string): Promise<string> {
  const back = await backToApp({ challenge });
  return back.searchParams.get('code') ?? '';
}

describe('authorization errors that return to the app (error, error_description, state)', () => {
  it.each([
    ['no PKCE challenge', { challenge: null }, 'invalid_request'],
    ['plain PKCE', { method: 'plain', challenge: 'a'.repeat(43) }, 'invalid_request'],
    ['an aud that is not this FHIR base', { iss: 'http://127.0.0.1:1/fhir' }, 'invalid_request'],
    ['no aud', { iss: '' }, 'invalid_request'],
    ['an unknown scope', { scope: 'launch patient/Observation.frobnicate' }, 'invalid_scope'],
    ['an unknown launch', { launch: 'nope' }, 'invalid_request'],
  ])('%s -> %s', async (_name, input, error) => {
    const back = await backToApp(input);
    expect(back.searchParams.get('error')).toBe(error);
    expect(back.searchParams.get('error_description')).toBeTruthy();
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('code')).toBeNull();
  });
});

describe('authorization errors shown on an error page (never redirected)', () => {
  it.each([
    ['an unknown client', { clientId: 'stranger' }],
    ['a redirect URI off loopback', { redirectUri: 'https://evil.example/callback' }],
  ])('%s', async (_name, input) => {
    const response = await step(
      new CookieJar(),
      authorizeUrl(sandbox, {
        iss: sandbox.fhirBase,
        scope: SCOPE,
        launch,
        challenge: pkce().challenge,
        ...input,
      }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('Authorization error');
  });
});

describe('the code exchange', () => {
  it('refuses a wrong code_verifier with invalid_grant', async () => {
    const code = await codeFor(pkce().challenge);
    const result = await token(sandbox, {
      grant_type: 'authorization_code',
      code,
      code_verifier: pkce().verifier,
      redirect_uri: REDIRECT,
    });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_grant');
  });

  it('accepts a code once only', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    const exchange = {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    };
    expect((await token(sandbox, exchange)).status).toBe(200);
    const again = await token(sandbox, exchange);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
  });

  it('accepts any loopback redirect URI for the tensio client (RFC 8252)', async () => {
    const redirectUri = 'http://localhost:61234/some/path';
    const url = authorizeUrl(sandbox, {
      iss: sandbox.fhirBase,
      scope: SCOPE,
      launch,
      challenge: pkce().challenge,
      redirectUri,
    });
    const back = await followToApp(sandbox, new CookieJar(), url);
    expect(back instanceof URL && back.origin + back.pathname).toBe(redirectUri);
  });
});

describe('FHIR requests without a valid token', () => {
  it('answer 401 with a Bearer challenge', async () => {
    const response = await fetch(`${sandbox.fhirBase}/Observation`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    const bad = await fetch(`${sandbox.fhirBase}/Observation`, {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('discovery and metadata need no token', async () => {
    const config = (await (
      await fetch(`${sandbox.fhirBase}/.well-known/smart-configuration`)
    ).json()) as Record<string, unknown>;
    expect(config.code_challenge_methods_supported).toEqual(['S256']);
    expect(config.capabilities).toEqual(
      expect.arrayContaining(['launch-ehr', 'launch-standalone', 'permission-v2', 'context-style']),
    );
    const metadata = (await (await fetch(`${sandbox.fhirBase}/metadata`)).json()) as {
      rest: { security: { extension: { extension: { url: string; valueUri: string }[] }[] } }[];
    };
    const uris = metadata.rest[0]?.security.extension[0]?.extension ?? [];
    expect(uris).toContainEqual({ url: 'authorize', valueUri: `${sandbox.url}/auth/authorize` });
    expect(uris).toContainEqual({ url: 'token', valueUri: `${sandbox.url}/auth/token` });
  });
});
