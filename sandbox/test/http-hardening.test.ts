/** The HTTP edge: launch_uri limited to loopback or configured origins, 415 for non-FHIR bodies. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LaunchStore } from '../src/auth/launches';
import { sandboxForFile } from './auth-helpers';

const sandbox = sandboxForFile({
  open: true,
  launchOrigins: ['https://app.example.org'],
  appLaunchUrl: 'https://configured.example.net/launch',
});

const launcher = (launchUri: string, extra: Record<string, string> = {}) =>
  fetch(
    `${sandbox.url}/launcher?${new URLSearchParams({ launch_uri: launchUri, patient: 'hypertension-home', ...extra }).toString()}`,
    { redirect: 'manual' },
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('launch_uri: loopback or configured origins only', () => {
  it.each([
    ['127.0.0.1', 'http://127.0.0.1:5173/launch'],
    ['another 127/8 address', 'http://127.0.0.2:8080/launch'],
    ['localhost', 'http://localhost:3000/app/launch'],
    ['IPv6 loopback', 'http://[::1]:5173/launch'],
    ['a SANDBOX_LAUNCH_ORIGINS origin', 'https://app.example.org/launch.html'],
    ["APP_LAUNCH_URL's origin", 'https://configured.example.net/other'],
  ])('launches %s', async (_name, uri) => {
    const response = await launcher(uri);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')?.startsWith(uri)).toBe(true);
  });

  it.each([
    ['a foreign https URL', 'https://evil.example/launch', {}],
    [
      'a foreign URL, standalone',
      'https://evil.example/launch',
      { launch_type: 'patient-standalone' },
    ],
    ['a host that only starts like loopback', 'http://127.0.0.1.evil.example/launch', {}],
    ['localhost as a subdomain', 'http://localhost.evil.example/launch', {}],
    ['a configured host on another scheme', 'http://app.example.org/launch', {}],
    ['a configured host on another port', 'https://app.example.org:8443/launch', {}],
  ])('refuses %s with an error page and mints no launch code', async (_name, uri, extra) => {
    const mint = vi.spyOn(LaunchStore.prototype, 'mint');
    const response = await launcher(uri, extra);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toContain('Launch refused');
    expect(html).toContain('SANDBOX_LAUNCH_ORIGINS');
    expect(html).not.toContain('iss=');
    expect(mint).not.toHaveBeenCalled();
  });

  it('the simulated EHR frames no foreign app', async () => {
    const foreign = await fetch(
      `${sandbox.url}/ehr?app=${encodeURIComponent('https://evil.example/')}`,
    );
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).not.toContain('<iframe');
    const local = await fetch(
      `${sandbox.url}/ehr?app=${encodeURIComponent('http://127.0.0.1:5173/launch?iss=x')}`,
    );
    expect(local.status).toBe(200);
    expect(await local.text()).toContain('<iframe');
  });
});

describe('write bodies: 415 unless application/fhir+json or application/json', () => {
  const post = (type: string | undefined) =>
    fetch(`${sandbox.url}/open/fhir/Observation`, {
      method: 'POST',
      headers: type === undefined ? {} : { 'content-type': type },
      body: JSON.stringify({ resourceType: 'Observation' }),
    });
  const posts = () => sandbox.fhir.requests.filter((r) => r.method === 'POST').length;

  it.each([
    ['text/plain', 'text/plain'],
    ['text/plain with a charset', 'text/plain; charset=utf-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['XML', 'application/fhir+xml'],
    ['no Content-Type', undefined],
  ])('%s: 415 OperationOutcome, never parsed or stored', async (_name, type) => {
    const before = posts();
    const response = await post(type);
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/fhir+json');
    const body = (await response.json()) as { resourceType: string; issue: { code: string }[] };
    expect(body.resourceType).toBe('OperationOutcome');
    expect(body.issue[0]?.code).toBe('not-supported');
    expect(posts()).toBe(before);
  });

  it.each([
    'application/fhir+json',
    'application/fhir+json; charset=utf-8',
    'application/json',
    'Application/JSON; charset=UTF-8',
  ])('%s reaches the FHIR side', async (type) => {
    const before = posts();
    expect((await post(type)).status).toBe(201);
    expect(posts()).toBe(before + 1);
  });
});
