/**
 * One FHIR HTTP exchange with retries: 429 and 500/502/503/504 are retried with exponential backoff and
 * full jitter, honouring `Retry-After` (delta-seconds or HTTP-date, RFC 9110 §10.2.3). Failures become
 * `FhirError` values classified by HTTP status, never by message text. Every attempt has a deadline
 * (`timeoutMs`): a server that never answers becomes a `timeout` FhirError, which callers may retry.
 */
import type { OperationOutcome } from 'fhir/r4';
import { FhirError, type FhirErrorKind } from './types';

export interface RetryPolicy {
  /** Total attempts including the first (default 4). */
  attempts: number;
  /** First backoff step in ms (default 400); doubles each attempt. */
  baseDelayMs: number;
  /** Longest wait between attempts, including a server's Retry-After (default 20 s). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 400, maxDelayMs: 20_000 };

/** How long one attempt (request and body) may take before it is abandoned. */
export interface RequestTimeouts {
  /** GET: reads and search pages (default 30 s). */
  readMs: number;
  /** POST: creates (default 20 s). A timed-out conditional create is safe to send again. */
  writeMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = { readMs: 30_000, writeMs: 20_000 };

/** Makes the deadline signal of one attempt; tests inject one they abort themselves. */
export type TimeoutSignal = (ms: number) => AbortSignal;

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

export function kindForStatus(status: number): FhirErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'invalid';
}

/** Milliseconds to wait from a Retry-After header, or undefined when absent/unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  // Full jitter (AWS architecture blog): spreads retries from many panels hitting one server.
  const ceiling = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal ? abortReason(signal) : new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function isOutcome(value: unknown): value is OperationOutcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === 'OperationOutcome'
  );
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FhirError(
      'malformed',
      `The server answered ${response.status} with a body that is not JSON`,
      response.status,
    );
  }
}

/** The diagnostics a server put in its OperationOutcome: for developers, never shown as HTML. */
function outcomeText(outcome: OperationOutcome | undefined): string {
  const issue = outcome?.issue[0];
  return issue?.diagnostics ?? issue?.details?.text ?? '';
}

export async function errorFromResponse(response: Response, what: string): Promise<FhirError> {
  let outcome: OperationOutcome | undefined;
  try {
    const body = await readBody(response);
    if (isOutcome(body)) outcome = body;
  } catch {
    // A non-JSON error body (an HTML proxy page) carries nothing we can use.
  }
  const detail = outcomeText(outcome);
  const message = `${what} failed: HTTP ${response.status}${detail ? ` — ${detail}` : ''}`;
  return new FhirError(kindForStatus(response.status), message, response.status, outcome);
}

export interface ExchangeResult {
  response: Response;
  body: unknown;
}

export interface ExchangeOptions {
  what: string;
  policy: RetryPolicy;
  /** Whether 5xx may be retried (false for non-idempotent writes). 429 always may. */
  retryServerErrors: boolean;
  /** The caller's signal (a cancelled query): aborting it rejects with its reason, not a FhirError. */
  signal?: AbortSignal;
  /** Deadline of each attempt, request and body together. */
  timeoutMs: number;
  /** Default `AbortSignal.timeout`. */
  timeoutSignal?: TimeoutSignal;
  /** Performs one attempt (headers, token) with the attempt's signal — called again for each retry. */
  send: (signal: AbortSignal) => Promise<Response>;
}

/** The attempt's signal: its own deadline, combined with the caller's signal when there is one. */
function attemptSignal(options: ExchangeOptions): { signal: AbortSignal; deadline: AbortSignal } {
  const deadline = (options.timeoutSignal ?? ((ms) => AbortSignal.timeout(ms)))(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  return { signal, deadline };
}

function timedOut(what: string, ms: number): FhirError {
  return new FhirError(
    'timeout',
    `${what} failed: no answer within ${String(Math.round(ms / 1000))} s`,
  );
}

/**
 * Runs `send` until it succeeds, fails for good, or the attempts are spent. A timed-out attempt is not
 * retried here (it already cost the whole deadline): it is returned as a `timeout` error at once.
 */
export async function exchange(options: ExchangeOptions): Promise<ExchangeResult> {
  const { policy, signal, what } = options;
  for (let attempt = 0; ; attempt++) {
    const current = attemptSignal(options);
    let response: Response;
    try {
      response = await options.send(current.signal);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (current.deadline.aborted) throw timedOut(what, options.timeoutMs);
      if (error instanceof FhirError) throw error;
      if (attempt + 1 < policy.attempts) {
        await sleep(backoffDelay(attempt, policy), signal);
        continue;
      }
      throw new FhirError('network', `${what} failed: no response from the server`);
    }
    if (response.ok) {
      try {
        return { response, body: await readBody(response) };
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        if (current.deadline.aborted) throw timedOut(what, options.timeoutMs);
        throw error;
      }
    }
    const retryable =
      RETRY_STATUSES.has(response.status) && (response.status === 429 || options.retryServerErrors);
    if (retryable && attempt + 1 < policy.attempts) {
      const wait = backoffDelay(
        attempt,
        policy,
        parseRetryAfter(response.headers.get('retry-after')),
      );
      // Drain without waiting: some fetch implementations never settle cancel() on a buffered body.
      response.body?.cancel().catch(() => undefined);
      await sleep(wait, signal);
      continue;
    }
    throw await errorFromResponse(response, what);
  }
}
