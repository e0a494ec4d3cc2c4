/**
 * Pre-answered standalone launches: the options (who logs in, which patient, what consent unticks,
 * faults) are encoded in the iss path, `<origin>/v/<base64url(query string)>/fhir`, as the public SMART
 * launcher does, so a test gets a narrow grant or a fault without clicking through login and consent.
 */
import { parseFaults, type Faults } from '../faults';

export type StandaloneType = 'patient-standalone' | 'provider-standalone';

export interface StandaloneOptions {
  launch_type: StandaloneType;
  patient?: string;
  provider?: string;
  needPatientBanner: boolean;
  faults: Faults;
}

export function encodeStandalone(params: URLSearchParams): string {
  return Buffer.from(params.toString(), 'utf8').toString('base64url');
}

/** Decodes the `/v/<segment>` options; undefined when malformed. */
export function decodeStandalone(segment: string): StandaloneOptions | undefined {
  try {
    const params = new URLSearchParams(Buffer.from(segment, 'base64url').toString('utf8'));
    const type = params.get('launch_type');
    if (type !== 'patient-standalone' && type !== 'provider-standalone') return undefined;
    return {
      launch_type: type,
      patient: params.get('patient') ?? undefined,
      provider: params.get('provider') ?? undefined,
      needPatientBanner: params.get('need_patient_banner') !== '0',
      faults: parseFaults(params),
    };
  } catch {
    return undefined;
  }
}

/** Splits a FHIR base path into its kind: `/fhir`, `/v/<opts>/fhir`, or neither. */
export function parseBasePath(
  pathname: string,
): { kind: 'plain' } | { kind: 'standalone'; segment: string } | undefined {
  if (pathname === '/fhir') return { kind: 'plain' };
  const match = /^\/v\/([A-Za-z0-9_-]+)\/fhir$/.exec(pathname);
  return match?.[1] ? { kind: 'standalone', segment: match[1] } : undefined;
}
