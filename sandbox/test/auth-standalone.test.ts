import { describe, expect, it } from 'vitest';
import {
  CookieJar,
  REDIRECT,
  authorizeUrl,
  fhirGet,
  followToApp,
  fullLaunch,
  location,
  pkce,
  sandboxForFile,
  step,
  token,
} from './auth-helpers';

const sandbox = sandboxForFile();

const SCOPE = 'launch/patient openid fhirUser patient/Observation.rs patient/MedicationRequest.rs';

describe('interactive standalone launch: login, then consent', () => {
  async function toConsent(
    jar: CookieJar,
    challenge: string,
  ): Promise<{ consentUrl: string; html: string }> {
    const first = await step(
      jar,
      authorizeUrl(sandbox, { iss: sandbox.fhirBase, scope: SCOPE, challenge }),
    );
    const loginUrl = location(first, sandbox.url).toString();
    const loginPage = await step(jar, loginUrl);
    expect(await loginPage.text()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const form = new URLSearchParams({
      user: 'Patient/hypertension-home',
      patient: 'hypertension-home',
    });
    const afterLogin = await step(jar, `${loginUrl}/login`, form);
    const consentPage = await step(jar, location(afterLogin, sandbox.url).toString());
    return { consentUrl: `${loginUrl}/consent`, html: await consentPage.text() };
  }

  it('grants only the scopes left ticked', async () => {
    const jar = new CookieJar();
    const { verifier, challenge } = pkce();
    const { consentUrl, html } = await toConsent(jar, challenge);
    expect(html).toContain('patient/MedicationRequest.rs');
    const ticked = new URLSearchParams({ decision: 'allow' });
    for (const s of ['launch/patient', 'openid', 'fhirUser', 'patient/Observation.rs'])
      ticked.append('scope', s);
    const done = await step(jar, consentUrl, ticked);
    const back = await followToApp(sandbox, jar, location(done, sandbox.url).toString());
    if (!(back instanceof URL)) throw new Error(`expected a redirect, got ${back.status}`);
    const code = back.searchParams.get('code') ?? '';
    const result = await token(sandbox, {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    });
    expect(result.body).toMatchObject({
      scope: 'launch/patient openid fhirUser patient/Observation.rs',
      patient: 'hypertension-home',
    });
    expect(result.body.encounter).toBeUndefined();
  });

  it('redirects access_denied with state when the user denies', async () => {
    const jar = new CookieJar();
    const { consentUrl } = await toConsent(jar, pkce().challenge);
    const done = await step(jar, consentUrl, new URLSearchParams({ decision: 'deny' }));
    const back = await followToApp(sandbox, jar, location(done, sandbox.url).toString());
    expect(back instanceof URL && back.searchParams.get('error')).toBe('access_denied');
    expect(back instanceof URL && back.searchParams.get('state')).toBe('state-123');
  });
});

describe('pre-answered standalone launch (options in the iss)', () => {
  it('logs the patient in without pages; aud and FHIR work under that base', async () => {
    const { iss, tokens } = await fullLaunch(
      sandbox,
      { launch_type: 'patient-standalone', patient: 'edge-cases' },
      SCOPE,
    );
    expect(iss).toMatch(new RegExp(`^${sandbox.url}/v/[A-Za-z0-9_-]+/fhir$`));
    expect(tokens).toMatchObject({ patient: 'edge-cases', scope: SCOPE });
    const [, payload = ''] = String(tokens.id_token).split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
      fhirUser: `${iss}/Patient/edge-cases`,
    });
    const config = (await (await fetch(`${iss}/.well-known/smart-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(config.authorization_endpoint).toBe(`${sandbox.url}/auth/authorize`);
    const ok = await fhirGet(`${iss}/Observation`, String(tokens.access_token));
    expect(ok.status).toBe(200);
    expect(sandbox.fhir.requests.at(-1)?.baseUrl).toBe(iss);
    // A token is bound to the base it was issued for.
    expect(
      (await fhirGet(`${sandbox.fhirBase}/Observation`, String(tokens.access_token))).status,
    ).toBe(401);
  });

  it('provider standalone: fhirUser is the practitioner, patient as chosen', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      {
        launch_type: 'provider-standalone',
        provider: 'practitioner-1',
        patient: 'hypertension-home',
      },
      SCOPE,
    );
    expect(tokens.patient).toBe('hypertension-home');
    const { iss } = await fullLaunch(
      sandbox,
      { launch_type: 'provider-standalone', provider: 'practitioner-1' },
      'openid fhirUser user/Observation.rs',
    );
    expect(iss).toContain('/v/');
  });

  it('scope_deny narrows the grant as an unticked consent would', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      {
        launch_type: 'patient-standalone',
        patient: 'hypertension-home',
        scope_deny: 'medications',
      },
      SCOPE,
    );
    expect(tokens.scope).toBe('launch/patient openid fhirUser patient/Observation.rs');
  });
});

describe('refresh', () => {
  it('returns the launch context again, and a second launch never reuses the first grant', async () => {
    const scope = 'launch openid fhirUser online_access patient/Observation.rs';
    const browser = new CookieJar();
    const first = await fullLaunch(sandbox, { patient: 'hypertension-home' }, scope, browser);
    expect(typeof first.tokens.refresh_token).toBe('string');
    const refreshed = await token(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: String(first.tokens.refresh_token),
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({
      patient: 'hypertension-home',
      encounter: 'enc-1',
      scope,
      need_patient_banner: true,
    });
    const second = await fullLaunch(
      sandbox,
      { patient: 'edge-cases', need_patient_banner: '0' },
      scope,
      browser,
    );
    expect(second.tokens).toMatchObject({ patient: 'edge-cases', need_patient_banner: false });
  });

  it('issues no refresh token without offline_access or online_access', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      { patient: 'hypertension-home' },
      'launch patient/Observation.rs',
    );
    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.scope).toBe('launch patient/Observation.rs');
  });
});
