/**
 * How the outbox reacts to a failed attempt. Decided by the error's kind (its HTTP status), never by
 * message text.
 */
import { isFhirError } from '../smart/types';

/** 5 s, 15 s, 45 s, … capped at 5 minutes: an outage of hours costs a few requests, not thousands. */
export function outboxBackoffMs(attempts: number): number {
  return Math.min(5_000 * 3 ** Math.max(0, attempts - 1), 300_000);
}

const SESSION_ENDED =
  'Not sent yet: the session ended. It will be sent the next time you open Tensio.';

/** What to do after a failed attempt, decided by the error's kind (its HTTP status), never its text. */
export function classifyFailure(error: unknown): {
  next: 'failed' | 'waiting' | 'session-ended';
  message: string;
} {
  // Not a FhirError: the send's own deadline (its lease) ran out, or something below fetch failed.
  if (!isFhirError(error)) return { next: 'waiting', message: 'Could not reach the server.' };
  const serverSays = error.outcome?.issue
    .map((i) => i.diagnostics ?? i.details?.text)
    .filter(Boolean)
    .join('; ');
  switch (error.kind) {
    case 'unauthorized':
    case 'session-ended':
      return { next: 'session-ended', message: SESSION_ENDED };
    case 'invalid':
    case 'forbidden':
    case 'not-found':
      return {
        next: 'failed',
        message: serverSays || `The server refused the reading (HTTP ${error.status ?? '?'}).`,
      };
    case 'network':
      return { next: 'waiting', message: 'Could not reach the server.' };
    case 'timeout':
      return { next: 'waiting', message: 'The server did not answer in time.' };
    case 'rate-limited':
    case 'server':
    case 'malformed':
      return { next: 'waiting', message: 'The server did not answer properly.' };
  }
}
