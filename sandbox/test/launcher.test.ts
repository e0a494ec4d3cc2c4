import { describe, expect, it } from 'vitest';
import { APP_LAUNCH, sandboxForFile } from './auth-helpers';

const sandbox = sandboxForFile({ open: true });

const launcher = (query: Record<string, string>) =>
  fetch(
    `${sandbox.url}/launcher?${new URLSearchParams({ launch_uri: APP_LAUNCH, ...query }).toString()}`,
    { redirect: 'manual' },
  );

describe('headless launcher', () => {
  it('EHR launch: 302 to the app with iss and a launch code', async () => {
    const response = await launcher({ patient: 'hypertension-home', provider: 'practitioner-1' });
    expect(response.status).toBe(302);
    const to = new URL(response.headers.get('location') ?? '');
    expect(to.origin + to.pathname).toBe(APP_LAUNCH);
    expect(to.searchParams.get('iss')).toBe(sandbox.fhirBase);
    expect(to.searchParams.get('launch')).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  });

  it('sim_ehr=1: 302 to the simulated EHR, which frames the app launch URL and escapes the patient', async () => {
    const response = await launcher({ patient: 'edge-cases', sim_ehr: '1' });
    const to = new URL(response.headers.get('location') ?? '');
    expect(to.pathname).toBe('/ehr');
    const app = new URL(to.searchParams.get('app') ?? '');
    expect(app.searchParams.get('iss')).toBe(sandbox.fhirBase);
    const html = await (await fetch(to)).text();
    expect(html).toContain('<iframe');
    expect(html).toContain('EHR');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('standalone: 302 to the app with a pre-answered iss only', async () => {
    const response = await launcher({
      patient: 'hypertension-home',
      launch_type: 'patient-standalone',
      scope_deny: 'Observation',
    });
    const to = new URL(response.headers.get('location') ?? '');
    expect(to.searchParams.get('launch')).toBeNull();
    expect(to.searchParams.get('iss')).toMatch(
      new RegExp(`^${sandbox.url}/v/[A-Za-z0-9_-]+/fhir$`),
    );
  });

  it.each([
    [{ patient: 'nobody' }, 'unknown patient'],
    [{ patient: 'hypertension-home', launch_type: 'provider-standalone' }, 'provider is required'],
    [{ patient: 'hypertension-home', fail_rate: '3' }, 'fail_rate'],
    [{ patient: 'hypertension-home', launch_uri: 'javascript:alert(1)' }, 'launch_uri'],
  ])('refuses %o with a 400 page', async (query, message) => {
    const response = await launcher(query);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
  });
});

describe('launcher page, style and open mode', () => {
  it('renders the launcher with escaped people and every fault field', async () => {
    const html = await (await fetch(`${sandbox.url}/`)).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    for (const name of [
      'token_ttl',
      'refresh',
      'fail_rate',
      'fail_status',
      'rate_limit',
      'latency_ms',
      'broken_page',
      'fail_posts',
      'authorize_error',
      'scope_deny',
    ]) {
      expect(html).toContain(`name="${name}"`);
    }
  });

  it('serves the SMART style JSON', async () => {
    const style = (await (await fetch(`${sandbox.url}/smart-style.json`)).json()) as Record<
      string,
      unknown
    >;
    expect(style).toHaveProperty('color_background');
    expect(style).toHaveProperty('font_family_body');
  });

  it('open mode serves FHIR without a token, with links from the public base whatever the Host', async () => {
    const response = await fetch(
      `http://localhost:${new URL(sandbox.url).port}/open/fhir/Observation`,
    );
    expect(response.status).toBe(200);
    const last = sandbox.fhir.requests.at(-1);
    expect(last?.grant).toEqual({ scopes: [], open: true });
    expect(last?.baseUrl).toBe(`${sandbox.url}/open/fhir`);
  });

  it('answers CORS for loopback origins and exposes Location', async () => {
    const preflight = await fetch(`${sandbox.fhirBase}/Observation`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const get = await fetch(`${sandbox.fhirBase}/metadata`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(get.headers.get('access-control-expose-headers')).toContain('Location');
    const foreign = await fetch(`${sandbox.fhirBase}/metadata`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
