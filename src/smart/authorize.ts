/**
 * Starts a SMART launch (EHR or standalone) for an iss that the caller already checked against the
 * allowlist. PKCE S256 (`pkceMode` from config, "required" by default); `state` from
 * crypto.getRandomValues (fhirclient accepts our own `stateKey`; its default is Math.random);
 * `completeInTarget: true` so a launch inside an EHR iframe completes in that same frame.
 */
import { FHIR } from './client';
import { saveLaunchMeta, type LaunchMeta } from './launch-meta';
import { randomState } from './random-state';

export { randomState };

export interface AuthorizeInput {
  iss: string;
  /** The EHR's launch token (EHR launch); absent for standalone. */
  launch?: string;
  clientId: string;
  scopes: readonly string[];
  redirectUri: string;
  pkceMode: 'required' | 'ifSupported';
  meta: LaunchMeta;
}

export async function authorize(input: AuthorizeInput): Promise<void> {
  saveLaunchMeta(input.meta);
  await FHIR.oauth2.authorize({
    iss: input.iss,
    ...(input.launch ? { launch: input.launch } : {}),
    clientId: input.clientId,
    scope: input.scopes.join(' '),
    redirectUri: input.redirectUri,
    pkceMode: input.pkceMode,
    stateKey: randomState(),
    completeInTarget: true,
  });
}
