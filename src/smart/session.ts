/**
 * Completes a launch (code exchange) and builds the SmartSession. The exchange runs once per page even
 * under React StrictMode's double effects: fhirclient's ready() is not idempotent (a second call after
 * it removed `code` from the URL would return a token-less client), so its promise is shared.
 */
import { canRefresh, expiresAtMs, sharedRefresh, tokenSource, type SmartClient } from './client';
import { createGateway } from './gateway';
import type { Identity } from './id-token';
import { loadLaunchMeta, type LaunchMeta } from './launch-meta';
import { splitScopes } from './scopes';
import { clearTabStorage, revokeTokens } from './sign-out';
import { DEFAULT_TIMEOUTS } from './http';
import {
  isFhirError,
  type FhirError,
  type PanelSession,
  type ResourceRef,
  type RevokeOutcome,
  type SessionBase,
  type SmartSession,
  type UserMode,
} from './types';

export type EndReason = 'refresh-refused' | 'unauthorized' | 'no-state';

export interface SessionHooks {
  /** The session is over (401, refresh refused): the app shows the session-ended page. */
  onEnded: (reason: EndReason) => void;
  /** A proactive refresh succeeded: the new expiry, for the launch-details view. */
  onRefreshed: (expiresAt: number | undefined) => void;
  /** The user signed out: tokens revoked where offered, this tab's storage cleared. */
  onSignedOut: (outcome: RevokeOutcome) => void;
}

export { readyOnce } from './ready-once';

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
  // No verified fhirUser: an EHR launch comes from a clinician's EHR session; a standalone one follows
  // what the user chose on the start page. Never the patient view by default: it offers recording
  // readings as the patient, which only a verified patient identity (or the user's own choice) allows.
  return kind === 'ehr' ? 'clinician' : (choice ?? 'clinician');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export class NoPatientError extends Error {
  override readonly name = 'NoPatientError';
}

/**
 * Builds the session and starts its proactive refresh. The refresh timer belongs to the page, not to a
 * React component (StrictMode's simulated unmount would clear it and nothing would restart it): it
 * runs until the session ends or `stop()` is called (tests). One timer per client, however often this
 * is called.
 */
export function buildSession(
  client: SmartClient,
  hooks: SessionHooks,
  identity: Identity,
): { session: SmartSession | PanelSession; stop: () => void } {
  const meta = loadLaunchMeta();
  const timeouts = { ...DEFAULT_TIMEOUTS, ...meta?.timeouts };
  const patientId = client.getPatientId();
  // The panel is asked for explicitly (`/launch?view=panel`); a patient launch without a patient is
  // an EHR or server problem, never a reason to show a clinician a list of other patients.
  const panel = meta?.view === 'panel';
  if (!patientId && !panel) throw new NoPatientError('The launch did not provide a patient');
  // Only a verified id_token names the user; fhirclient's getFhirUser() merely decodes it.
  const fhirUser = identity.status === 'verified' ? parseFhirUser(identity.fhirUser) : undefined;
  const kind = meta?.kind ?? 'standalone';
  const banner: unknown = client.getState('tokenResponse.need_patient_banner');
  const serverUrl = String(client.getState('serverUrl'));
  const encounterId = client.getEncounterId() ?? undefined;
  const styleUrl = str(client.getState('tokenResponse.smart_style_url'));
  const expiresAt = expiresAtMs(client);

  let stop: () => void = () => undefined;
  const ended = (reason: EndReason) => {
    stop();
    hooks.onEnded(reason);
  };
  const gateway = createGateway({
    serverUrl,
    tokens: tokenSource(client, { refreshTimeoutMs: timeouts.readMs }),
    timeouts,
    ...(meta?.searchConcurrency ? { searchConcurrency: meta.searchConcurrency } : {}),
    onSessionEnded: (error: FhirError) => {
      ended(error.kind === 'unauthorized' ? 'unauthorized' : 'refresh-refused');
    },
  });

  const base: SessionBase = {
    serverUrl: gateway.serverUrl,
    ...(encounterId ? { encounterId } : {}),
    launchKind: kind,
    // The panel lists patients: only a clinician ever sees it, whoever the id_token names.
    mode: panel ? 'clinician' : decideMode(kind, fhirUser, meta?.userChoice),
    ...(fhirUser ? { fhirUser } : {}),
    requestedScopes: splitScopes(str(client.getState('scope'))),
    grantedScopes: splitScopes(str(client.getState('tokenResponse.scope'))),
    // SMART: the app shows its own banner unless the EHR says it already does (false).
    needPatientBanner: banner !== false && banner !== 'false',
    ...(styleUrl ? { smartStyleUrl: styleUrl } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    identity,
    gateway,
    signOut: async () => {
      stop();
      const outcome = await revokeTokens(client, timeouts.readMs);
      clearTabStorage();
      hooks.onSignedOut(outcome);
      return outcome;
    },
  };
  stop = scheduleRefresh(client, { ...hooks, onEnded: ended }, timeouts.readMs);
  const session: SmartSession | PanelSession =
    panel || !patientId ? { ...base, view: 'panel' } : { ...base, patientId };
  return { session, stop };
}

const timers = new WeakMap<SmartClient, () => void>();

/** How long to wait before trying again a refresh the token endpoint did not answer. */
const UNANSWERED_RETRY_MS = 15_000;

/**
 * Refreshes 60 s before expiry (at 80% of lifetimes under 2 min), repeatedly, while refresh is
 * possible. Offline, it waits for the browser to be back online; a refresh the server did not answer
 * is tried again (the session is not over), only a refusal ends the session.
 */
function scheduleRefresh(client: SmartClient, hooks: SessionHooks, timeoutMs: number): () => void {
  timers.get(client)?.();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const onOnline = () => {
    window.removeEventListener('online', onOnline);
    refresh();
  };
  const refresh = () => {
    if (stopped) return;
    if (!navigator.onLine) {
      window.addEventListener('online', onOnline);
      return;
    }
    sharedRefresh(client, timeoutMs).then(
      () => {
        hooks.onRefreshed(expiresAtMs(client));
        plan();
      },
      (error: unknown) => {
        if (stopped) return;
        if (isFhirError(error) && (error.kind === 'network' || error.kind === 'timeout')) {
          timer = setTimeout(refresh, UNANSWERED_RETRY_MS);
          return;
        }
        hooks.onEnded('refresh-refused');
      },
    );
  };
  const plan = () => {
    const expiresAt = expiresAtMs(client);
    if (stopped || expiresAt === undefined) return;
    if (!canRefresh(client)) {
      // No refresh token (Epic's public clients): the session ends when its token does, on the
      // session-ended page, rather than as a failed request at the user's next step.
      timer = setTimeout(
        () => {
          if (!stopped) hooks.onEnded('unauthorized');
        },
        Math.max(0, expiresAt - Date.now()),
      );
      return;
    }
    const left = expiresAt - Date.now();
    const wait = Math.max(1000, left > 120_000 ? left - 60_000 : left * 0.8);
    timer = setTimeout(refresh, wait);
  };
  plan();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('online', onOnline);
    if (timers.get(client) === stop) timers.delete(client);
  };
  timers.set(client, stop);
  return stop;
}
