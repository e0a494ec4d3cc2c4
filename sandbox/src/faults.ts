/**
 * Faults chosen per launch. They travel with the launch (launch code, or the options encoded in a
 * pre-answered iss) into the grant, so they reach the FHIR calls made with that launch's tokens.
 * Every decision is deterministic (request counters, never Math.random) so tests are stable.
 */
import { z } from 'zod';

export interface Faults {
  /** Access tokens of the launch expire after N seconds. */
  token_ttl?: number;
  /** The refresh_token grant answers invalid_grant. */
  refresh?: 'reject';
  /** Share (0..1) of FHIR requests answering `fail_status`. */
  fail_rate?: number;
  fail_status?: 500 | 503;
  /** Every n-th FHIR request answers 429 with Retry-After: 1. */
  rate_limit?: number;
  /** Delay added before every FHIR answer. */
  latency_ms?: number;
  /** Every search page reached through a `next` link is cut off or not JSON. */
  broken_page?: 'cut' | 'not-json';
  /** The first n POSTs of the launch answer 503 without reaching the store. */
  fail_posts?: number;
  /** The authorization request itself answers this error (redirected with state). */
  authorize_error?: 'invalid_scope' | 'access_denied';
  /** Scopes (or resource types, or `medications`) the user "unticks" on consent. */
  scope_deny?: string;
  /** A vendor's documented behaviours for the launch (sandbox/src/profiles, docs/ehr-profiles.md). */
  ehr_profile?: 'epic' | 'oracle-health';
}

const count = z.coerce.number().int().min(1);
const schema = z
  .object({
    token_ttl: count.optional(),
    refresh: z.literal('reject').optional(),
    fail_rate: z.coerce.number().min(0).max(1).optional(),
    fail_status: z.coerce
      .number()
      .pipe(z.union([z.literal(500), z.literal(503)]))
      .optional(),
    rate_limit: count.optional(),
    latency_ms: z.coerce.number().int().min(0).max(60_000).optional(),
    broken_page: z.enum(['cut', 'not-json']).optional(),
    fail_posts: count.optional(),
    authorize_error: z.enum(['invalid_scope', 'access_denied']).optional(),
    scope_deny: z.string().trim().min(1).optional(),
    ehr_profile: z.enum(['epic', 'oracle-health']).optional(),
  })
  .strict();

export const FAULT_PARAMS = Object.keys(schema.shape) as readonly (keyof Faults)[];

export class FaultParamError extends Error {}

/** Picks the fault parameters out of a query (other parameters are ignored). Throws FaultParamError. */
export function parseFaults(query: URLSearchParams | Record<string, unknown>): Faults {
  const source = query instanceof URLSearchParams ? Object.fromEntries(query) : query;
  const picked: Record<string, unknown> = {};
  for (const key of FAULT_PARAMS) {
    const value = source[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FaultParamError(
      `invalid fault ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

export type FaultDecision =
  | { kind: 'pass' }
  | { kind: 'fail'; status: number; reason: string; headers?: Record<string, string> };

/** Per-launch counters: which request of the launch this is decides which fault applies. */
export class FaultState {
  private requests = 0;
  private posts = 0;
  private readonly nextLinks = new Set<string>();

  constructor(readonly faults: Faults) {}

  /** Decides, before the FHIR handler runs, whether this request fails. */
  before(method: string): FaultDecision {
    const f = this.faults;
    this.requests += 1;
    const n = this.requests;
    if (method === 'POST') {
      this.posts += 1;
      if (f.fail_posts !== undefined && this.posts <= f.fail_posts) {
        return {
          kind: 'fail',
          status: 503,
          reason: `fail_posts: POST ${this.posts} of ${f.fail_posts}`,
        };
      }
    }
    if (f.rate_limit !== undefined && n % f.rate_limit === 0) {
      return { kind: 'fail', status: 429, reason: 'rate_limit', headers: { 'Retry-After': '1' } };
    }
    const rate = f.fail_rate ?? 0;
    // Fails exactly a `rate` share: request n fails when floor(n*rate) steps up.
    if (rate > 0 && Math.floor(n * rate) > Math.floor((n - 1) * rate)) {
      return { kind: 'fail', status: f.fail_status ?? 500, reason: `fail_rate ${rate}` };
    }
    return { kind: 'pass' };
  }

  /** Remembers the `next` links handed out, so a later request for one is "a page after the first". */
  rememberNextLinks(body: unknown): void {
    if (this.faults.broken_page === undefined) return;
    for (const link of bundleLinks(body)) {
      if (link.relation === 'next') this.nextLinks.add(linkKey(link.url));
    }
  }

  isLaterPage(url: string): boolean {
    return this.nextLinks.has(linkKey(url));
  }
}

function bundleLinks(body: unknown): { relation: string; url: string }[] {
  if (typeof body !== 'object' || body === null || !('link' in body)) return [];
  const { link } = body;
  if (!Array.isArray(link)) return [];
  return link.filter(
    (l): l is { relation: string; url: string } =>
      typeof (l as { relation?: unknown }).relation === 'string' &&
      typeof (l as { url?: unknown }).url === 'string',
  );
}

/** Path and sorted query: independent of host spelling (127.0.0.1 vs localhost) and parameter order. */
function linkKey(url: string): string {
  const u = new URL(url, 'http://x');
  const params = [...u.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  return `${u.pathname}?${new URLSearchParams(params).toString()}`;
}

/** A broken page body: half of the JSON, or an HTML error page a proxy might send. */
export function brokenPage(kind: 'cut' | 'not-json', json: string): { type: string; text: string } {
  return kind === 'cut'
    ? { type: 'application/fhir+json', text: json.slice(0, Math.floor(json.length / 2)) }
    : { type: 'text/html', text: '<html><body><h1>502 Bad Gateway</h1></body></html>' };
}

/** Resource-type aliases accepted by scope_deny. */
const DENY_ALIASES: Record<string, string[]> = {
  medications: ['MedicationRequest', 'MedicationStatement', 'Medication'],
};

/** Whether a requested scope is unticked by `scope_deny` (exact scope, resource type or alias). */
export function isDenied(scope: string, scopeDeny: string | undefined): boolean {
  if (!scopeDeny) return false;
  const entries = scopeDeny.split(/[\s,]+/).filter(Boolean);
  const types = new Set(entries.flatMap((e) => DENY_ALIASES[e] ?? [e]));
  if (entries.includes(scope)) return true;
  const match = /^(?:patient|user|system)\/([^.]+)\./.exec(scope);
  return match?.[1] !== undefined && types.has(match[1]);
}
