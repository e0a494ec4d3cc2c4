/**
 * Renders a component inside a real launch: a real gateway over a fhirclient client built from a
 * state object (server TEST_FHIR_BASE, a fake token), a SmartSession, a fresh QueryClient without
 * retries, and the SessionContext provider. msw answers the FHIR calls.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { clientFromState, tokenSource } from '../src/smart/client';
import { createGateway } from '../src/smart/gateway';
import type { RetryPolicy } from '../src/smart/http';
import { SessionContext } from '../src/smart/session-context';
import type { FhirError, LaunchKind, SmartSession, UserMode } from '../src/smart/types';
import { TEST_FHIR_BASE } from './server';

/** Broad default grant: read everything of the patient and record Observations. */
export const DEFAULT_TEST_SCOPES = [
  'launch/patient',
  'openid',
  'fhirUser',
  'patient/*.rs',
  'patient/Observation.c',
];

export interface SessionOptions {
  scopes?: readonly string[];
  /** What the app asked for, when it differs from the grant (`scopes`). */
  requestedScopes?: readonly string[];
  patientId?: string;
  mode?: UserMode;
  launchKind?: LaunchKind;
  serverUrl?: string;
  needPatientBanner?: boolean;
  fhirUser?: { resourceType: string; id: string };
  /** Receives the gateway's "session ended" report. */
  onSessionEnded?: (error: FhirError) => void;
  /** Defaults to fast retries (a few ms) so retry paths do not slow tests. */
  retry?: Partial<RetryPolicy>;
}

export function createTestSession(options: SessionOptions = {}): SmartSession {
  const serverUrl = options.serverUrl ?? TEST_FHIR_BASE;
  const patientId = options.patientId ?? 'test-patient';
  const scopes = options.scopes ?? DEFAULT_TEST_SCOPES;
  const client = clientFromState({
    serverUrl,
    tokenResponse: {
      access_token: 'test-access-token',
      token_type: 'bearer',
      scope: scopes.join(' '),
      patient: patientId,
    },
  });
  const mode = options.mode ?? 'patient';
  return {
    serverUrl,
    patientId,
    launchKind: options.launchKind ?? 'standalone',
    mode,
    fhirUser:
      options.fhirUser ??
      (mode === 'patient'
        ? { resourceType: 'Patient', id: patientId }
        : { resourceType: 'Practitioner', id: 'test-practitioner' }),
    requestedScopes: options.requestedScopes ?? scopes,
    grantedScopes: scopes,
    needPatientBanner: options.needPatientBanner ?? true,
    identity: { status: 'verified' },
    signOut: () => Promise.resolve('not-offered'),
    gateway: createGateway({
      serverUrl,
      tokens: tokenSource(client),
      retry: { baseDelayMs: 2, maxDelayMs: 20, ...options.retry },
      ...(options.onSessionEnded ? { onSessionEnded: options.onSessionEnded } : {}),
    }),
  };
}

export type SessionRenderResult = RenderResult & {
  session: SmartSession;
  queryClient: QueryClient;
};

export function renderWithSession(
  ui: ReactElement,
  options: SessionOptions = {},
): SessionRenderResult {
  const session = createTestSession(options);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <SessionContext value={session}>{ui}</SessionContext>
    </QueryClientProvider>,
  );
  return { ...result, session, queryClient };
}
