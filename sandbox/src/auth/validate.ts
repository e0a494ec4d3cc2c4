/**
 * SMART checks on the authorization request. oidc-provider runs this (as the `aud` extra-parameter
 * validator) after it has validated the client and the redirect URI, so every error thrown here is
 * redirected to the app with `error`, `error_description` and `state` (RFC 6749 §4.1.2.1).
 */
import { errors, type KoaContext } from 'oidc-provider';
import type { Faults } from '../faults';
import type { LaunchContext, LaunchStore } from './launches';
import { isKnownScope, requestedScopes } from './scopes';
import { decodeStandalone, parseBasePath, type StandaloneOptions } from './standalone';

interface ValidateDeps {
  issuer: string;
  launches: LaunchStore;
}

export type ResolvedLaunch =
  | { kind: 'ehr'; context: LaunchContext }
  | { kind: 'standalone'; options: StandaloneOptions }
  | { kind: 'interactive' };

/** The origins a FHIR base may be spelled with: the issuer's, and `localhost` for 127.0.0.1. */
export function sameServer(issuer: string, origin: string): boolean {
  return origin === issuer || origin === issuer.replace('//127.0.0.1:', '//localhost:');
}

/** Resolves `aud` (+ `launch`) to what kind of launch this is; a string is the error description. */
export function resolveLaunch(
  deps: ValidateDeps,
  aud: unknown,
  launch: unknown,
): ResolvedLaunch | string {
  const url = typeof aud === 'string' ? URL.parse(aud) : null;
  if (!url) return 'aud is required: the FHIR base URL of this server';
  const base = parseBasePath(url.pathname.replace(/\/$/, ''));
  if (!sameServer(deps.issuer, url.origin) || !base || url.search) {
    return `aud ${String(aud)} is not a FHIR base URL of this server`;
  }
  if (typeof launch === 'string' && launch) {
    const context = deps.launches.launch(launch);
    if (!context) return 'unknown or expired launch';
    if (base.kind !== 'plain') return 'an EHR launch must use the FHIR base of its iss';
    return { kind: 'ehr', context };
  }
  if (base.kind === 'plain') return { kind: 'interactive' };
  const options = decodeStandalone(base.segment);
  if (!options) return 'aud carries invalid launch options';
  return { kind: 'standalone', options };
}

function faultsOf(resolved: ResolvedLaunch): Faults {
  if (resolved.kind === 'ehr') return resolved.context.faults;
  if (resolved.kind === 'standalone') return resolved.options.faults;
  return {};
}

export function validateAuthorizationRequest(deps: ValidateDeps) {
  return (ctx: KoaContext, aud: unknown): void => {
    const params = ctx.oidc?.params ?? {};
    const resolved = resolveLaunch(deps, aud, params.launch);
    if (typeof resolved === 'string') throw new errors.InvalidRequest(resolved);
    const scopes = requestedScopes(params);
    const unknown = scopes.filter((s) => !isKnownScope(s));
    if (unknown.length)
      throw new errors.InvalidScope(`unsupported scope: ${unknown.join(' ')}`, unknown[0]);
    if (scopes.includes('launch') && resolved.kind !== 'ehr') {
      throw new errors.InvalidScope(
        'scope launch needs the launch parameter of an EHR launch',
        'launch',
      );
    }
    const forced = faultsOf(resolved).authorize_error;
    if (forced === 'invalid_scope')
      throw new errors.InvalidScope('sandbox fault authorize_error=invalid_scope');
    if (forced === 'access_denied')
      throw new errors.AccessDenied('sandbox fault authorize_error=access_denied');
  };
}
