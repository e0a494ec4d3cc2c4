/**
 * What the app remembers about a launch besides fhirclient's token state: never a token, only what
 * the session-ended and error pages need to offer the right way back. Kept in sessionStorage (per tab),
 * so two tabs with two patients never share it.
 */
import type { LaunchKind, UserMode } from './types';

export interface LaunchMeta {
  kind: LaunchKind;
  /** The iss this launch used (to relaunch a standalone launch the same way). */
  iss: string;
  serverId: string;
  /** What the user chose on the start page (standalone); EHR launches decide by fhirUser. */
  userChoice?: UserMode;
}

const KEY = 'tensio:launch';

function isMeta(value: unknown): value is LaunchMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.kind === 'ehr' || v.kind === 'standalone') &&
    typeof v.iss === 'string' &&
    typeof v.serverId === 'string'
  );
}

export function saveLaunchMeta(meta: LaunchMeta): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(meta));
  } catch {
    // Storage disabled (private mode in some frames): the pages fall back to generic advice.
  }
}

export function loadLaunchMeta(): LaunchMeta | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return isMeta(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
