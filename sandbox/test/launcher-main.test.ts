/** `npm run sandbox` refuses a bad environment with a message naming the variable. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sandboxOptionsFromEnv } from '../src/main';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(env: Record<string, string>) {
  return spawnSync('node_modules/.bin/tsx', ['sandbox/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('main.ts environment validation', () => {
  it.each([
    [{ SANDBOX_PORT: 'abc' }, 'SANDBOX_PORT'],
    [{ SANDBOX_OPEN: 'yes' }, 'SANDBOX_OPEN'],
    [{ SANDBOX_CLIENTS: '[{"client_id":"x"}]' }, 'SANDBOX_CLIENTS'],
    [{ SANDBOX_DATA: '/nonexistent/folder' }, 'SANDBOX_DATA'],
  ])('%o', (env, name) => {
    const result = run(env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(name);
  });
});

describe('sandboxOptionsFromEnv', () => {
  it('maps every variable to createSandbox options', () => {
    const options = sandboxOptionsFromEnv({
      SANDBOX_PORT: '0',
      SANDBOX_OPEN: '1',
      SANDBOX_LOOSE: 'true',
      SANDBOX_CORS_ORIGINS: 'http://a.test, http://b.test',
      SANDBOX_CLIENTS: '[{"client_id":"x","redirect_uris":["https://x.test/cb"]}]',
    });
    expect(options).toMatchObject({
      port: 0,
      open: true,
      loose: true,
      ehrConsent: false,
      corsOrigins: ['http://a.test', 'http://b.test'],
      clients: [{ client_id: 'x', redirect_uris: ['https://x.test/cb'] }],
      appLaunchUrl: 'http://127.0.0.1:5173/launch',
    });
  });

  it('maps SANDBOX_PUBLIC_URL and SANDBOX_LAUNCH_ORIGINS', () => {
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_PUBLIC_URL: 'http://localhost:4400',
        SANDBOX_LAUNCH_ORIGINS: 'https://app.example.org, http://10.0.0.5:8080',
      }),
    ).toMatchObject({
      publicUrl: 'http://localhost:4400',
      launchOrigins: ['https://app.example.org', 'http://10.0.0.5:8080'],
    });
  });

  it.each([
    ['SANDBOX_PUBLIC_URL', 'https://x.test/fhir'],
    ['SANDBOX_PUBLIC_URL', 'ftp://x.test'],
    ['SANDBOX_LAUNCH_ORIGINS', 'https://ok.test,not a url'],
    ['SANDBOX_LAUNCH_ORIGINS', 'https://x.test/launch'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => sandboxOptionsFromEnv({ [name]: value })).toThrow(name);
  });

  it('defaults to port 4400 with everything off', () => {
    expect(sandboxOptionsFromEnv({})).toMatchObject({ port: 4400, open: false, loose: false });
  });
});
