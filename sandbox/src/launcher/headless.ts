/**
 * `GET /launcher?...`: the launch API behind the launcher page, usable headless from scripts and tests.
 * EHR launch -> 302 to `<launch_uri>?iss=<fhir base>&launch=<code>` (or to the simulated EHR framing it);
 * standalone -> 302 to `<launch_uri>?iss=<base with pre-answered login and consent>`.
 */
import type { FhirService } from '../contracts';
import { FaultParamError, FAULT_PARAMS, parseFaults, type Faults } from '../faults';
import type { LaunchStore } from '../auth/launches';
import { encodeStandalone } from '../auth/standalone';
import type { LaunchUriPolicy } from './launch-uri';

export const LAUNCH_TYPES = ['provider-ehr', 'patient-standalone', 'provider-standalone'] as const;
export type LaunchType = (typeof LAUNCH_TYPES)[number];

export interface LauncherDeps {
  issuer: string;
  launches: LaunchStore;
  fhir: FhirService;
  launchUri: LaunchUriPolicy;
}

export type LaunchOutcome = { ok: true; location: string } | { ok: false; message: string };

export function withParams(uri: string, params: Record<string, string>): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

function checkInput(deps: LauncherDeps, q: URLSearchParams): string | undefined {
  const uri = deps.launchUri(q.get('launch_uri'));
  if (!uri.ok) return uri.message;
  const type = q.get('launch_type') ?? 'provider-ehr';
  if (!(LAUNCH_TYPES as readonly string[]).includes(type))
    return `launch_type must be one of ${LAUNCH_TYPES.join(', ')}`;
  const patient = q.get('patient');
  if (patient && !deps.fhir.exists('Patient', patient)) return `unknown patient ${patient}`;
  // A practitioner may launch with no patient (a panel of their own patients); a patient may not.
  if (!patient && type === 'patient-standalone') return 'patient is required';
  const provider = q.get('provider');
  if (provider && !deps.fhir.exists('Practitioner', provider))
    return `unknown provider ${provider}`;
  if (type === 'provider-standalone' && !provider)
    return 'provider is required for provider-standalone';
  const encounter = q.get('encounter');
  if (encounter && !deps.fhir.exists('Encounter', encounter))
    return `unknown encounter ${encounter}`;
  if (encounter && !patient) return 'an encounter needs its patient';
  return undefined;
}

/** An EHR launch is always made by a user: practitioner-1 unless the launcher names one. */
function defaultPractitioner(fhir: FhirService): string | undefined {
  return fhir.exists('Practitioner', 'practitioner-1')
    ? 'practitioner-1'
    : fhir.listPeople().practitioners[0]?.id;
}

export function launch(deps: LauncherDeps, q: URLSearchParams): LaunchOutcome {
  const problem = checkInput(deps, q);
  if (problem) return { ok: false, message: problem };
  let faults: Faults;
  try {
    faults = parseFaults(q);
  } catch (error) {
    if (error instanceof FaultParamError) return { ok: false, message: error.message };
    throw error;
  }
  const launchUri = q.get('launch_uri') ?? '';
  const type = (q.get('launch_type') ?? 'provider-ehr') as LaunchType;
  const needPatientBanner = q.get('need_patient_banner') !== '0';
  if (type !== 'provider-ehr') {
    const options = new URLSearchParams({ launch_type: type });
    for (const key of ['patient', 'provider', 'need_patient_banner', ...FAULT_PARAMS]) {
      const value = q.get(key);
      if (value) options.set(key, value);
    }
    return {
      ok: true,
      location: withParams(launchUri, {
        iss: `${deps.issuer}/v/${encodeStandalone(options)}/fhir`,
      }),
    };
  }
  const patient = q.get('patient') || undefined;
  const code = deps.launches.mint({
    patient,
    practitioner: q.get('provider') ?? defaultPractitioner(deps.fhir),
    encounter: q.get('encounter') ?? undefined,
    needPatientBanner,
    faults,
  });
  const appUrl = withParams(launchUri, { iss: `${deps.issuer}/fhir`, launch: code });
  if (q.get('sim_ehr') !== '1') return { ok: true, location: appUrl };
  const ehr = new URLSearchParams({
    app: appUrl,
    ...(patient ? { patient } : {}),
    provider: q.get('provider') ?? defaultPractitioner(deps.fhir) ?? '',
  });
  return { ok: true, location: `${deps.issuer}/ehr?${ehr.toString()}` };
}
