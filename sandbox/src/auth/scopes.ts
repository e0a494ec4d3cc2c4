/**
 * SMART scopes (App Launch 2.x): v1 `patient/Observation.read|write|*` and v2 `patient/Observation.rs`
 * (c r u d s in that order, optional `?param=value` granularity), plus the launch / OIDC scopes.
 */
export const CONTEXT_SCOPES = [
  'openid',
  'fhirUser',
  'profile',
  'offline_access',
  'online_access',
  'launch',
  'launch/patient',
  'launch/encounter',
] as const;

/** Always added to the authorization request and granted, never shown: oidc-provider refuses a
 *  request that ends with no OIDC scope granted, which a SMART request with only resource scopes would. */
export const INTERNAL_SCOPE = 'sandbox_grant';

/** The authorization request's `scope` as the app sent it (set by smart.ts, never by the client). */
export const SMART_SCOPE_PARAM = 'smart_scope';

const RESOURCE_SCOPE = /^(patient|user)\/(\*|[A-Z][A-Za-z]+)\.(read|write|\*|c?r?u?d?s?)(\?\S+)?$/;

export function isKnownScope(scope: string): boolean {
  if ((CONTEXT_SCOPES as readonly string[]).includes(scope)) return true;
  const match = RESOURCE_SCOPE.exec(scope);
  return match !== null && match[3] !== '';
}

export function splitScopes(scope: unknown): string[] {
  if (typeof scope !== 'string') return [];
  return [...new Set(scope.split(' ').filter((s) => s && s !== INTERNAL_SCOPE))];
}

/** The scopes the app asked for: our copy of the raw request, or (a POSTed request) what the provider kept. */
export function requestedScopes(params: Record<string, unknown>): string[] {
  return splitScopes(params[SMART_SCOPE_PARAM] ?? params.scope);
}

export function hasRefresh(scopes: readonly string[]): boolean {
  return scopes.includes('offline_access') || scopes.includes('online_access');
}

/** Which launch context the scopes ask for. */
export function wantsPatient(scopes: readonly string[]): boolean {
  return scopes.includes('launch') || scopes.includes('launch/patient');
}
