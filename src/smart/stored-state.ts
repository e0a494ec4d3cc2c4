/**
 * Whether this tab still holds a launch's state — checked before fhirclient's ready(), so "state gone"
 * (app opened directly, reload after sessionStorage was cleared) is known by inspection, not by
 * matching the text of fhirclient's error.
 */
const SMART_KEY = 'SMART_KEY'; // fhirclient's sessionStorage pointer to the current state (settings.js)

export interface CallbackParams {
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
}

export function readCallback(search: string): CallbackParams {
  const p = new URLSearchParams(search);
  const pick = (k: string) => p.get(k) ?? undefined;
  const out: CallbackParams = {};
  const code = pick('code');
  const state = pick('state');
  const error = pick('error');
  const errorDescription = pick('error_description');
  if (code) out.code = code;
  if (state) out.state = state;
  if (error) out.error = error;
  if (errorDescription) out.errorDescription = errorDescription;
  return out;
}

export function hasStoredState(callback: CallbackParams): boolean {
  try {
    const pointer = sessionStorage.getItem(SMART_KEY);
    const key = callback.state ?? (pointer ? (JSON.parse(pointer) as unknown) : undefined);
    return typeof key === 'string' && sessionStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/** Forgets this tab's launch (after an authorize error, so a reload does not retry a dead state). */
export function clearStoredState(callback: CallbackParams): void {
  try {
    if (callback.state) sessionStorage.removeItem(callback.state);
    sessionStorage.removeItem(SMART_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/**
 * Whether `state` names a launch this tab started (fhirclient stores each launch under its `state`).
 * An authorize error is believed only then: anyone can craft `/?error=…` and mail it around.
 */
export function launchStartedHere(state: string | undefined): boolean {
  try {
    return typeof state === 'string' && state !== '' && sessionStorage.getItem(state) !== null;
  } catch {
    return false;
  }
}

/** Forgets the tokens of this tab's launch (the session is over); the launch notes stay for the way back. */
export function forgetTokens(): void {
  try {
    const pointer = sessionStorage.getItem(SMART_KEY);
    const key: unknown = pointer ? JSON.parse(pointer) : undefined;
    if (typeof key === 'string') sessionStorage.removeItem(key);
    sessionStorage.removeItem(SMART_KEY);
    sessionStorage.removeItem('tensio:identity');
  } catch {
    // Nothing stored, nothing to forget.
  }
}
