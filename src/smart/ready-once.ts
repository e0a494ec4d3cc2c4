/**
 * The code exchange (or the restore of this tab's stored session), once per page, shared by concurrent
 * callers. fhirclient's ready() is not idempotent (a second call after it removed `code` from the URL
 * would return a token-less client), so its promise is shared. Its own module, with nothing but
 * fhirclient behind it, so the redirect page can start the exchange before the rest of its code is
 * evaluated (launch-entry/kickoff).
 */
import { FHIR, type SmartClient } from './client';

let pendingReady: Promise<SmartClient> | undefined;

export function readyOnce(): Promise<SmartClient> {
  pendingReady ??= FHIR.oauth2.ready();
  return pendingReady;
}
