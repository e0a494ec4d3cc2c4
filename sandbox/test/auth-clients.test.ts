import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_LAUNCH,
  CookieJar,
  authorizeUrl,
  followToApp,
  location,
  pkce,
  startSandbox,
  step,
} from './auth-helpers';

type Started = Awaited<ReturnType<typeof startSandbox>>;

async function launchCode(sandbox: Started): Promise<string> {
  const launched = await fetch(
    `${sandbox.url}/launcher?launch_uri=${encodeURIComponent(APP_LAUNCH)}&patient=hypertension-home`,
    { redirect: 'manual' },
  );
  return location(launched, sandbox.url).searchParams.get('launch') ?? '';
}

const SCOPE = 'launch patient/Observation.rs';

describe('configured clients, loose mode, EHR consent', () => {
  let strict: Started;
  let loose: Started;

  beforeAll(async () => {
    strict = await startSandbox({
      clients: [{ client_id: 'other-app', redirect_uris: ['https://app.example/cb'] }],
      ehrConsent: true,
    });
    loose = await startSandbox({ loose: true });
  });
  afterAll(async () => {
    await strict.close();
    await loose.close();
  });

  it('a configured client gets exactly its redirect URIs', async () => {
    const launch = await launchCode(strict);
    const base = {
      iss: strict.fhirBase,
      scope: SCOPE,
      launch,
      challenge: pkce().challenge,
      clientId: 'other-app',
    };
    const wrong = await step(
      new CookieJar(),
      authorizeUrl(strict, { ...base, redirectUri: 'https://app.example/other' }),
    );
    expect(wrong.status).toBe(400);
    const right = await step(
      new CookieJar(),
      authorizeUrl(strict, { ...base, redirectUri: 'https://app.example/cb' }),
    );
    expect(right.status).toBe(303);
  });

  it('SANDBOX_EHR_CONSENT shows the consent page on an EHR launch', async () => {
    const launch = await launchCode(strict);
    const back = await followToApp(
      strict,
      new CookieJar(),
      authorizeUrl(strict, {
        iss: strict.fhirBase,
        scope: SCOPE,
        launch,
        challenge: pkce().challenge,
      }),
    );
    expect(back instanceof Response && back.status).toBe(200);
    expect(back instanceof Response && (await back.text())).toContain('Allow access?');
  });

  it('loose mode accepts any client id; the default mode refuses it', async () => {
    const input = (s: Started, launch: string) => ({
      iss: s.fhirBase,
      scope: SCOPE,
      launch,
      challenge: pkce().challenge,
      clientId: 'whatever',
      redirectUri: 'https://dev.example/cb',
    });
    const back = await followToApp(
      loose,
      new CookieJar(),
      authorizeUrl(loose, input(loose, await launchCode(loose))),
    );
    expect(back instanceof URL && back.searchParams.get('code')).toBeTruthy();
    const refused = await step(
      new CookieJar(),
      authorizeUrl(strict, input(strict, await launchCode(strict))),
    );
    expect(refused.status).toBe(400);
  });
});
