/**
 * Test helpers for the auth/launcher/fault tests: a stub FhirService (the FHIR half is tested on its
 * own), a cookie jar, and the authorization-code + PKCE flow with plain fetch and hand-followed redirects.
 */
import { afterAll, beforeAll } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import type { FhirRequest, FhirResponse, FhirService } from '../src/contracts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../src/server';

export const APP_LAUNCH = 'http://127.0.0.1:5173/launch';
export const REDIRECT = 'http://127.0.0.1:5173/callback';

/** Echoes the grant it was handed; pages Observation searches (3 pages) to exercise paging faults. */
export function stubFhir(): FhirService & { requests: FhirRequest[] } {
  const requests: FhirRequest[] = [];
  const people = {
    patients: [
      { id: 'hypertension-home', name: 'Maria Alvarez', birthDate: '1958-03-02' },
      { id: 'edge-cases', name: '<script>alert(1)</script> Doe' },
    ],
    practitioners: [
      { id: 'practitioner-1', name: 'Dr. Ana Lee' },
      { id: 'practitioner-2', name: 'Dr. Ben Ode' },
    ],
  };
  const ids = new Set([
    ...people.patients.map((p) => `Patient/${p.id}`),
    ...people.practitioners.map((p) => `Practitioner/${p.id}`),
    'Encounter/enc-1',
  ]);
  const handle = (request: FhirRequest): FhirResponse => {
    requests.push(request);
    if (request.method === 'POST') {
      return {
        status: 201,
        headers: { Location: `${request.baseUrl}/Observation/new-1/_history/1` },
        body: { resourceType: 'Observation', id: 'new-1' },
      };
    }
    const page = Number(request.query.get('_page') ?? '1');
    const link = [{ relation: 'self', url: `${request.baseUrl}/${request.path}?_page=${page}` }];
    if (page < 3)
      link.push({ relation: 'next', url: `${request.baseUrl}/${request.path}?_page=${page + 1}` });
    return {
      status: 200,
      body: { resourceType: 'Bundle', type: 'searchset', link, entry: [], grant: request.grant },
    };
  };
  return {
    requests,
    handle,
    capabilityStatement: (baseUrl) => ({
      resourceType: 'CapabilityStatement',
      implementation: { url: baseUrl },
      rest: [{ mode: 'server' }],
    }),
    listPeople: () => people,
    exists: (type, id) => ids.has(`${type}/${id}`),
    latestEncounter: (patient) => (patient === 'hypertension-home' ? 'enc-1' : undefined),
  };
}

export async function startSandbox(
  options: SandboxOptions = {},
): Promise<Sandbox & { fhir: ReturnType<typeof stubFhir> }> {
  const fhir = stubFhir();
  const sandbox = await createSandbox({ fhir, ...options });
  return { ...sandbox, fhir };
}

export type StartedSandbox = Awaited<ReturnType<typeof startSandbox>>;

/**
 * One sandbox for the whole test file: started before the first test, closed after the last. The
 * returned object is filled in by then (hooks run in the order they are registered).
 */
export function sandboxForFile(options: SandboxOptions = {}): StartedSandbox {
  const holder = {} as StartedSandbox;
  beforeAll(async () => {
    Object.assign(holder, await startSandbox(options));
  });
  afterAll(async () => {
    await holder.close();
  });
  return holder;
}

/** Cookies per name, enough for oidc-provider's interaction and session cookies on one host. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** GET (or POST a form) without following redirects; cookies flow through the jar. */
export async function step(jar: CookieJar, url: string, form?: URLSearchParams): Promise<Response> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: jar.header(),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form?.toString(),
  });
  jar.store(response);
  return response;
}

export function location(response: Response, base: string): URL {
  const value = response.headers.get('location');
  if (!value)
    throw new Error(`expected a redirect, got ${response.status}: ${response.statusText}`);
  return new URL(value, base);
}

export interface AuthorizeInput {
  iss: string;
  scope: string;
  launch?: string;
  clientId?: string;
  redirectUri?: string;
  challenge?: string | null;
  method?: string;
  extra?: Record<string, string>;
}

export function authorizeUrl(sandbox: Sandbox, input: AuthorizeInput): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: input.clientId ?? 'tensio',
    redirect_uri: input.redirectUri ?? REDIRECT,
    scope: input.scope,
    state: 'state-123',
    aud: input.iss,
    ...(input.launch ? { launch: input.launch } : {}),
    ...(input.challenge === null
      ? {}
      : { code_challenge: input.challenge ?? '', code_challenge_method: input.method ?? 'S256' }),
    ...input.extra,
  });
  return `${sandbox.url}/auth/authorize?${params.toString()}`;
}

/** Follows redirects within the sandbox until one leaves it (to the app's redirect URI) or a page shows. */
export async function followToApp(
  sandbox: Sandbox,
  jar: CookieJar,
  start: string,
): Promise<Response | URL> {
  let url = start;
  for (let hops = 0; hops < 10; hops += 1) {
    const response = await step(jar, url);
    if (response.status < 300 || response.status >= 400) return response;
    const next = location(response, url);
    if (next.origin !== sandbox.url) return next;
    url = next.toString();
  }
  throw new Error('too many redirects');
}

export async function token(
  sandbox: Sandbox,
  params: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${sandbox.url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'tensio', ...params }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Launch URL -> iss/launch, then authorize, then code -> tokens. */
export async function fullLaunch(
  sandbox: Sandbox,
  launcherQuery: Record<string, string>,
  scope: string,
  jar = new CookieJar(),
): Promise<{ iss: string; tokens: Record<string, unknown>; status: number }> {
  const launched = await fetch(
    `${sandbox.url}/launcher?${new URLSearchParams({ launch_uri: APP_LAUNCH, ...launcherQuery }).toString()}`,
    { redirect: 'manual' },
  );
  const appUrl = location(launched, sandbox.url);
  const iss = appUrl.searchParams.get('iss') ?? '';
  const launch = appUrl.searchParams.get('launch') ?? undefined;
  const { verifier, challenge } = pkce();
  const back = await followToApp(
    sandbox,
    jar,
    authorizeUrl(sandbox, { iss, scope, launch, challenge }),
  );
  if (!(back instanceof URL)) throw new Error(`expected a redirect to the app, got ${back.status}`);
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`no code: ${back.search}`);
  const result = await token(sandbox, {
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    redirect_uri: REDIRECT,
  });
  return { iss, tokens: result.body, status: result.status };
}

export async function fhirGet(url: string, accessToken?: string): Promise<Response> {
  return fetch(url, { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
}
