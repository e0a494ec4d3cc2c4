/**
 * Completes a launch (code exchange) and builds the SmartSession. The exchange runs once per page even
 * under React StrictMode's double effects: fhirclient's ready() is not idempotent (a second call after
 * it removed `code` from the URL would return a token-less client), so its promise is shared.
 */
import { canRefresh, expiresAtMs, FHIR, tokenSource, type SmartClient } from './client';
import { createGateway } from './gateway';
import { loadLaunchMeta, type LaunchMeta } from './launch-meta';
import { splitScopes } from './scopes';
import type { FhirError, ResourceRef, SmartSession, UserMode } from './types';

export type EndReason = 'refresh-refused' | 'unauthorized' | 'no-state';

export interface SessionHooks {
  /** The session is over (401, refresh refused): the app shows the session-ended page. */
  onEnded: (reason: EndReason) => void;
  /** A proactive refresh succeeded: the new expiry, for the launch-details view. */
  onRefreshed: (expiresAt: number | undefined) => void;
}

let pendingReady: Promise<SmartClient> | undefined;

/** Exchanges the code (or restores the tab's stored session); shared by concurrent callers. */
export function readyOnce(): Promise<SmartClient> {
  pendingReady ??= FHIR.oauth2.ready();
  return pendingReady;
}

/** `Practitioner/123` (or a full URL ending so) to a reference. */
export function parseFhirUser(value: unknown): ResourceRef | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(
    value,
  );
  return match?.[1] && match[2] ? { resourceType: match[1], id: match[2] } : undefined;
}

export function decideMode(
  kind: LaunchMeta['kind'],
  fhirUser: ResourceRef | undefined,
  choice?: UserMode,
): UserMode {
  if (fhirUser?.resourceType === 'Patient' || fhirUser?.resourceType === 'RelatedPerson')
    return 'patient';
  if (fhirUser?.resourceType === 'Practitioner' || fhirUser?.resourceType === 'PractitionerRole')
    return 'clinician';
  // No fhirUser: an EHR launch comes from a clinician's EHR session; standalone follows the start page.
  return kind === 'ehr' ? 'clinician' : (choice ?? 'patient');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export class NoPatientError extends Error {
  override readonly name = 'NoPatientError';
}

/** Builds the session; starts proactive refresh. Returns it with a `stop()` for the refresh timer. */
export function buildSession(
  client: SmartClient,
  hooks: SessionHooks,
): { session: SmartSession; stop: () => void } {
  const meta = loadLaunchMeta();
  const patientId = client.getPatientId();
  if (!patientId) throw new NoPatientError('The launch did not provide a patient');
  const fhirUser = parseFhirUser(client.getFhirUser());
  const kind = meta?.kind ?? 'standalone';
  const banner: unknown = client.getState('tokenResponse.need_patient_banner');
  const serverUrl = String(client.getState('serverUrl'));
  const encounterId = client.getEncounterId() ?? undefined;
  const styleUrl = str(client.getState('tokenResponse.smart_style_url'));
  const expiresAt = expiresAtMs(client);

  const gateway = createGateway({
    serverUrl,
    tokens: tokenSource(client),
    onSessionEnded: (error: FhirError) => {
      hooks.onEnded(error.kind === 'unauthorized' ? 'unauthorized' : 'refresh-refused');
    },
  });

  const session: SmartSession = {
    serverUrl: gateway.serverUrl,
    patientId,
    ...(encounterId ? { encounterId } : {}),
    launchKind: kind,
    mode: decideMode(kind, fhirUser, meta?.userChoice),
    ...(fhirUser ? { fhirUser } : {}),
    requestedScopes: splitScopes(str(client.getState('scope'))),
    grantedScopes: splitScopes(str(client.getState('tokenResponse.scope'))),
    // SMART: the app shows its own banner unless the EHR says it already does (false).
    needPatientBanner: banner !== false && banner !== 'false',
    ...(styleUrl ? { smartStyleUrl: styleUrl } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    gateway,
  };
  return { session, stop: scheduleRefresh(client, hooks) };
}

/** Refreshes 60 s before expiry (at 80% of lifetimes under 2 min), repeatedly, while refresh is possible. */
function scheduleRefresh(client: SmartClient, hooks: SessionHooks): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const plan = () => {
    const expiresAt = expiresAtMs(client);
    if (stopped || expiresAt === undefined || !canRefresh(client)) return;
    const left = expiresAt - Date.now();
    const wait = Math.max(1000, left > 120_000 ? left - 60_000 : left * 0.8);
    timer = setTimeout(() => {
      client.refresh().then(
        () => {
          hooks.onRefreshed(expiresAtMs(client));
          plan();
        },
        () => {
          if (!stopped) hooks.onEnded('refresh-refused');
        },
      );
    }, wait);
  };
  plan();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
