/**
 * The FHIR front door (composed by server.ts beside the auth server and the launcher): discovery and metadata without a token; everything else needs a bearer token of
 * this base (or open mode), passes the launch's faults, and then FhirService.handle.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { AccessGrant, FhirRequest, FhirResponse, FhirService } from './contracts';
import { brokenPage, type FaultState } from './faults';
import { authenticate } from './auth/bearer';
import { smartConfiguration, withSecurity } from './auth/discovery';
import { BodyTooLarge, readBody, send } from './auth/http';
import type { LaunchStore } from './auth/launches';
import { profileOf } from './profiles';
import { profileOfRefused, withoutCors } from './profiles/front-door';
import { isTypeSearch } from './profiles/types';

export interface GatewayDeps {
  issuer: string;
  provider: Provider;
  launches: LaunchStore;
  fhir: FhirService;
}

export interface FhirRoute {
  /** e.g. `http://127.0.0.1:4400/v/abc/fhir`: the public origin and the base path the request used. */
  base: string;
  /** Below the base, no leading slash. */
  path: string;
  query: URLSearchParams;
  open: boolean;
}

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export function outcome(status: number, code: string, text: string): FhirResponse {
  const severity = status >= 500 ? 'fatal' : 'error';
  return {
    status,
    body: { resourceType: 'OperationOutcome', issue: [{ severity, code, diagnostics: text }] },
  };
}

function write(
  res: ServerResponse,
  response: FhirResponse,
  extra: Record<string, string> = {},
): void {
  send(res, response.status, FHIR_JSON, JSON.stringify(response.body), {
    ...response.headers,
    ...extra,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** FHIR R4 http §2.21.0.6: JSON resources travel as application/fhir+json (application/json accepted). */
const JSON_TYPES = new Set(['application/fhir+json', 'application/json']);

export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

async function parseBody(req: IncomingMessage): Promise<{ body?: unknown; error?: FhirResponse }> {
  if (req.method !== 'POST' && req.method !== 'PUT') return {};
  const type = mediaType(req.headers['content-type']);
  if (!JSON_TYPES.has(type)) {
    // Not read as JSON whatever it holds: the FHIR http spec answers an unsupported format with 415.
    req.resume();
    return {
      error: outcome(
        415,
        'not-supported',
        `Content-Type "${type || '(none)'}" is not supported: send application/fhir+json (or application/json).`,
      ),
    };
  }
  try {
    const text = await readBody(req);
    return { body: text ? (JSON.parse(text) as unknown) : undefined };
  } catch (error) {
    if (error instanceof BodyTooLarge) return { error: outcome(413, 'too-long', error.message) };
    return { error: outcome(400, 'structure', 'the request body is not valid JSON') };
  }
}

/** A FHIR-side exception is still a FHIR answer: 500 with an OperationOutcome, not an HTML page. */
async function answer(fhir: FhirService, request: FhirRequest): Promise<FhirResponse> {
  try {
    return await fhir.handle(request);
  } catch (error) {
    return outcome(500, 'exception', error instanceof Error ? error.message : String(error));
  }
}

export async function handleFhirRoute(
  deps: GatewayDeps,
  req: IncomingMessage,
  res: ServerResponse,
  route: FhirRoute,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (route.path === '.well-known/smart-configuration' && !route.open) {
    send(
      res,
      200,
      'application/json; charset=utf-8',
      JSON.stringify(smartConfiguration(deps.issuer)),
    );
    return;
  }
  if (route.path === 'metadata' && method === 'GET') {
    const capability = deps.fhir.capabilityStatement(route.base);
    write(res, {
      status: 200,
      body: route.open ? capability : withSecurity(capability, deps.issuer),
    });
    return;
  }
  let grant: AccessGrant = { scopes: [], open: true };
  let faults: FaultState | undefined;
  if (!route.open) {
    const auth = await authenticate(deps.provider, deps.launches, req, route.base);
    if (!auth.ok) {
      if (profileOfRefused(deps.launches, req, route.base)?.unauthorizedWithoutCors)
        withoutCors(res);
      write(res, outcome(401, 'login', auth.message), { 'WWW-Authenticate': auth.challenge });
      return;
    }
    grant = auth.grant;
    faults = auth.record.faults;
  }
  if (faults?.faults.latency_ms) await sleep(faults.faults.latency_ms);
  const decision = faults?.before(method) ?? { kind: 'pass' };
  if (decision.kind === 'fail') {
    write(
      res,
      outcome(decision.status, 'transient', `sandbox fault: ${decision.reason}`),
      decision.headers,
    );
    return;
  }
  const parsed = await parseBody(req);
  if (parsed.error) {
    write(res, parsed.error);
    return;
  }
  const profile = profileOf(faults?.faults);
  let query = route.query;
  if (profile && isTypeSearch(method, route.path)) {
    const rewrite = profile.search(route.path, route.query);
    if (!rewrite.ok) {
      write(res, rewrite.error);
      return;
    }
    query = rewrite.query;
  }
  const request: FhirRequest = {
    method,
    baseUrl: route.base,
    path: route.path,
    query,
    headers: req.headers,
    body: parsed.body,
    grant,
  };
  const answered = await answer(deps.fhir, request);
  const response = profile ? profile.answer(route.path, answered) : answered;
  const url = `${route.base}/${route.path}${route.query.size ? `?${route.query.toString()}` : ''}`;
  const broken = faults?.faults.broken_page;
  if (faults && broken && method === 'GET' && faults.isLaterPage(url)) {
    const page = brokenPage(broken, JSON.stringify(response.body));
    send(res, 200, page.type, page.text);
    return;
  }
  faults?.rememberNextLinks(response.body);
  write(res, response);
}
