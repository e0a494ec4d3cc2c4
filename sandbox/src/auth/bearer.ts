/** Bearer token -> AccessGrant. Tokens are opaque; their SMART meaning is the launch's GrantRecord. */
import type { IncomingMessage } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { AccessGrant } from '../contracts';
import type { GrantRecord, LaunchStore } from './launches';

export type BearerResult =
  | { ok: true; grant: AccessGrant; record: GrantRecord }
  | { ok: false; challenge: string; message: string };

export async function authenticate(
  provider: Provider,
  launches: LaunchStore,
  req: IncomingMessage,
  base: string,
): Promise<BearerResult> {
  const realm = `Bearer realm="${base}"`;
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1])
    return { ok: false, challenge: realm, message: 'a bearer access token is required' };
  const invalid = (message: string): BearerResult => ({
    ok: false,
    challenge: `${realm}, error="invalid_token", error_description="${message}"`,
    message,
  });
  const token = await provider.AccessToken.find(match[1]);
  if (!token) return invalid('the access token is unknown, revoked or expired');
  const record = launches.grant(token.grantId);
  if (!record) return invalid('the access token has no launch');
  if (new URL(record.base).pathname !== new URL(base).pathname) {
    return invalid('the access token was issued for another FHIR base');
  }
  const grant: AccessGrant = {
    scopes: record.scopes,
    ...(record.patient ? { patient: record.patient } : {}),
    ...(record.fhirUser ? { fhirUser: record.fhirUser } : {}),
  };
  return { ok: true, grant, record };
}
