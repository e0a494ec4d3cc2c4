/**
 * EHR launch profiles (issue 15): documented behaviours of real EHRs, chosen per launch with
 * `ehr_profile=epic|oracle-health`. The auth side (token lifetime, refresh tokens, the echoed `scope`)
 * and the FHIR front door (search rules, error answers, outcome entries) ask the launch's profile;
 * without one the sandbox behaves exactly as before. Each behaviour and its public source is listed
 * in docs/ehr-profiles.md.
 */
import type { FhirResponse } from '../contracts';

export const PROFILE_IDS = ['epic', 'oracle-health'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** A search the profile rewrote (count cap, forced order), or refused as the vendor does. */
export type SearchRewrite =
  { ok: true; query: URLSearchParams } | { ok: false; error: FhirResponse };

export interface EhrProfile {
  id: ProfileId;
  /** Access-token lifetime in seconds (a `token_ttl` fault still wins). */
  accessTokenTtl: number;
  /** Whether a public client is issued a refresh token for these granted scopes. */
  refreshTokenFor(scopes: readonly string[]): boolean;
  /** The token response's `scope` as the vendor echoes the grant. */
  echoedScope(scopes: readonly string[]): string;
  /** 401 answers leave without CORS headers (the browser then reports a network error). */
  unauthorizedWithoutCors: boolean;
  /** Rewrites or refuses a type-level search (`path` is the resource type) before the store runs it. */
  search(type: string, query: URLSearchParams): SearchRewrite;
  /** Reshapes a successful FHIR answer on its way out (e.g. outcome entries in searchsets). */
  answer(path: string, response: FhirResponse): FhirResponse;
}

/** The FHIR front door's error answer, as an OperationOutcome (the same shape the store uses). */
export function refused(status: number, code: string, text: string): FhirResponse {
  return {
    status,
    body: {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code, diagnostics: text }],
    },
  };
}

/** `_count` as the vendor honours it: its default when absent, never above its cap. */
export function capCount(query: URLSearchParams, cap: number, fallback: number): URLSearchParams {
  const next = new URLSearchParams(query);
  const asked = Number(query.get('_count'));
  const count = query.has('_count') && Number.isInteger(asked) && asked >= 0 ? asked : fallback;
  next.set('_count', String(Math.min(count, cap)));
  return next;
}

export function isSearchset(body: unknown): body is { type: string; entry?: unknown[] } {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { resourceType?: unknown }).resourceType === 'Bundle' &&
    (body as { type?: unknown }).type === 'searchset'
  );
}

/** A type-level search path (`Observation`), not a read (`Observation/1`) or `metadata`. */
export function isTypeSearch(method: string, path: string): boolean {
  return method === 'GET' && /^[A-Z][A-Za-z]+$/.test(path);
}

type Json = Record<string, unknown>;

/** Applies `fn` to the resource of a read, or to every entry's resource of a searchset. */
export function mapResources(response: FhirResponse, fn: (resource: Json) => Json): FhirResponse {
  const body = response.body as Json | null;
  if (response.status !== 200 || typeof body !== 'object' || body === null) return response;
  if (body.resourceType !== 'Bundle') return { ...response, body: fn(body) };
  if (!Array.isArray(body.entry)) return response;
  const entry = (body.entry as unknown[]).map((e) => {
    const resource = (e as { resource?: unknown } | null)?.resource;
    return typeof resource === 'object' && resource !== null
      ? { ...(e as Json), resource: fn(resource as Json) }
      : e;
  });
  return { ...response, body: { ...body, entry } };
}
