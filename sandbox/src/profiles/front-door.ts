/**
 * The FHIR front door's profile hooks: which profile a request falls under (its token's launch, or
 * the options of a pre-answered base), and a 401 sent the way the vendor sends it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LaunchStore } from '../auth/launches';
import { decodeStandalone, parseBasePath } from '../auth/standalone';
import { profileOf, type EhrProfile } from '.';

const CORS_HEADERS = [
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
  'Access-Control-Allow-Credentials',
];

/** The profile of a request whose token was refused: from the token's launch, or the base's options. */
export function profileOfRefused(
  launches: LaunchStore,
  req: IncomingMessage,
  base: string,
): EhrProfile | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const record = launches.grantOfToken(bearer);
  if (record) return profileOf(record.faults.faults);
  const path = parseBasePath(new URL(base).pathname);
  return path?.kind === 'standalone'
    ? profileOf(decodeStandalone(path.segment)?.faults)
    : undefined;
}

/** Removes the CORS headers the sandbox added for this response (before it is written). */
export function withoutCors(res: ServerResponse): void {
  for (const name of CORS_HEADERS) res.removeHeader(name);
}
