/** OpenID Connect Core §3.1.3.7: each rule the app checks, one forged or broken token per rule. */
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, ISSUER, makeSigner, unsignedToken } from '../../mocks/id-tokens';
import { verifyIdToken } from './id-token';

const signer = await makeSigner('k1');
const impostor = await makeSigner('k1'); // same kid, other key: a forged signature
const now = Math.floor(Date.now() / 1000);
const verify = (idToken: string, extra: { nonce?: string } = {}) =>
  verifyIdToken({ idToken, issuer: ISSUER, clientId: CLIENT_ID, keys: signer.keys, ...extra });

describe('verifyIdToken', () => {
  it('accepts a token signed by the server for this app and returns its fhirUser', async () => {
    expect(await verify(await signer.sign())).toEqual({
      status: 'verified',
      fhirUser: `${ISSUER}/fhir/Patient/p1`,
    });
  });

  it('accepts a clock a little off (within the skew)', async () => {
    const token = await signer.sign({ iat: now + 30, exp: now - 30 });
    expect((await verify(token)).status).toBe('verified');
  });

  it.each([
    [
      'unsigned (alg none)',
      () =>
        Promise.resolve(
          unsignedToken({ iss: ISSUER, aud: CLIENT_ID, sub: 'x', iat: now, exp: now + 60 }),
        ),
      /unsigned/,
    ],
    ['another issuer', () => signer.sign({ iss: 'https://evil.test' }), /"iss"/],
    ['another audience', () => signer.sign({ aud: 'other-app' }), /"aud"/],
    ['expired in 1970', () => signer.sign({ iat: 1, exp: 2 }), /expired/],
    ['expired past the skew', () => signer.sign({ exp: now - 120 }), /expired/],
    ['issued in the future', () => signer.sign({ iat: now + 600 }), /future/],
    ['no iat', () => signer.sign({ iat: undefined }), /"iat"/],
    ['a bad signature', () => impostor.sign(), /signature/],
    ['a key the server does not publish', () => signer.sign({}, { kid: 'k9' }), /key/],
    [
      'several audiences without azp = us',
      () => signer.sign({ aud: [CLIENT_ID, 'other'], azp: 'other' }),
      /azp/,
    ],
    ['not a JWT at all', () => Promise.resolve('not.a.token'), /not a valid/],
  ])('refuses %s', async (_name, make, reason) => {
    const result = await verify(await make());
    expect(result.status).toBe('unverified');
    expect(result.status === 'unverified' ? result.reason : '').toMatch(reason);
  });

  it('checks the nonce when one was sent', async () => {
    const token = await signer.sign({ nonce: 'n1' });
    expect((await verify(token, { nonce: 'n1' })).status).toBe('verified');
    expect(await verify(token, { nonce: 'n2' })).toEqual({
      status: 'unverified',
      reason: 'its nonce is not the one Tensio sent',
    });
  });

  it('reads a SMART 1.0 `profile` claim when there is no fhirUser', async () => {
    const token = await signer.sign({ fhirUser: undefined, profile: 'Practitioner/d1' });
    expect(await verify(token)).toEqual({ status: 'verified', fhirUser: 'Practitioner/d1' });
  });
});
