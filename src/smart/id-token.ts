/**
 * id_token validation (OpenID Connect Core 1.0 §3.1.3.7, as SMART App Launch 2.x "sso-openid-connect"
 * requires of apps that use fhirUser): a signature by one of the server's published keys (jwks_uri),
 * `iss` = the server's issuer, `aud` = our client id (and `azp` when there are several audiences),
 * `exp`/`iat` within a small clock skew, and `nonce` when the app sent one. Only a verified token's
 * `fhirUser` may decide whose view the app shows; fhirclient's own getFhirUser() only decodes.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/** How far the device's clock may be off the server's (seconds). */
export const CLOCK_SKEW_S = 60;

/** Asymmetric algorithms only: `none` and HMAC (a shared secret a public client cannot hold) are refused. */
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

export type Identity =
  /** No id_token came with the tokens (no openid scope granted). */
  | { status: 'none' }
  | { status: 'verified'; fhirUser?: string }
  | { status: 'unverified'; reason: string };

export interface VerifyInput {
  idToken: string;
  issuer: string;
  clientId: string;
  /** The server's keys: a remote JWKS in the app, a local key set in tests. */
  keys: JWTVerifyGetKey;
  /** The nonce sent on the authorize request, when one was. */
  nonce?: string;
  /** Epoch ms (tests). */
  now?: number;
}

/** Why a token failed, in words for the launch details (developers and support staff read them). */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `its "${error.claim}" claim is not valid (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'it is unsigned or signed with an algorithm Tensio does not accept';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "its signature does not match the server's keys";
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return 'it was signed with a key the server does not publish';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return "the server's signing keys could not be read";
  if (error instanceof errors.JOSEError) return `it is not a valid signed token (${error.code})`;
  return "the server's signing keys could not be read";
}

function fhirUserClaim(payload: Record<string, unknown>): string | undefined {
  // SMART 2.x puts it in `fhirUser`; SMART 1.0 servers used `profile`.
  const value = payload.fhirUser ?? payload.profile;
  return typeof value === 'string' ? value : undefined;
}

export async function verifyIdToken(input: VerifyInput): Promise<Identity> {
  const now = input.now ?? Date.now();
  try {
    const { payload } = await jwtVerify(input.idToken, input.keys, {
      issuer: input.issuer,
      audience: input.clientId,
      algorithms: ALGORITHMS,
      clockTolerance: CLOCK_SKEW_S,
      requiredClaims: ['iss', 'aud', 'exp', 'iat', 'sub'],
      currentDate: new Date(now),
    });
    // jose checks exp; a token issued in the future means a replay or a broken server clock.
    if (typeof payload.iat !== 'number' || payload.iat > now / 1000 + CLOCK_SKEW_S)
      return { status: 'unverified', reason: 'it says it was issued in the future' };
    if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== input.clientId)
      return { status: 'unverified', reason: 'it was issued to another application (azp)' };
    if (input.nonce !== undefined && payload.nonce !== input.nonce)
      return { status: 'unverified', reason: 'its nonce is not the one Tensio sent' };
    const fhirUser = fhirUserClaim(payload);
    return { status: 'verified', ...(fhirUser ? { fhirUser } : {}) };
  } catch (error) {
    return { status: 'unverified', reason: reasonOf(error) };
  }
}

const keySets = new Map<string, JWTVerifyGetKey>();

/** The server's published keys, fetched when first needed and cached by jose (per page). */
export function remoteKeys(jwksUri: string): JWTVerifyGetKey {
  let keys = keySets.get(jwksUri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: 15_000 });
    keySets.set(jwksUri, keys);
  }
  return keys;
}
