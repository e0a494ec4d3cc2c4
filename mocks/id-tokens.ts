/** Signed (and deliberately broken) id_tokens for the identity tests: a real RS256 key pair per run. */
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

export const ISSUER = 'https://auth.test';
export const CLIENT_ID = 'tensio';

export interface Signer {
  jwks: { keys: JWK[] };
  keys: ReturnType<typeof createLocalJWKSet>;
  sign: (claims?: Record<string, unknown>, options?: { kid?: string }) => Promise<string>;
}

export async function makeSigner(kid = 'k1'): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const jwks = { keys: [jwk] };
  return {
    jwks,
    keys: createLocalJWKSet(jwks),
    sign: (claims = {}, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        iss: ISSUER,
        aud: CLIENT_ID,
        sub: 'Patient/p1',
        iat: now,
        exp: now + 3600,
        fhirUser: `${ISSUER}/fhir/Patient/p1`,
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? kid })
        .sign(privateKey);
    },
  };
}

const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');

/** The forged token of the security review: `alg: none`, no signature. */
export function unsignedToken(claims: Record<string, unknown>): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}
