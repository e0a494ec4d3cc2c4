/**
 * What the app remembers about a launch besides fhirclient's token state: never a token, only what
 * the session-ended and error pages need to offer the right way back. Kept in sessionStorage (per tab),
 * so two tabs with two patients never share it.
 */
import type { RequestTimeouts } from './http';
import type { LaunchKind, UserMode } from './types';

export interface LaunchMeta {
  kind: LaunchKind;
  /** The iss this launch used (to relaunch a standalone launch the same way). */
  iss: string;
  serverId: string;
  /** What the user chose on the start page (standalone); EHR launches decide by fhirUser. */
  userChoice?: UserMode;
  /** Request deadlines from config.json `network`, for the session's gateway. */
  timeouts?: Partial<RequestTimeouts>;
  /** Windows of a long search in flight at once, from config.json `network.searchConcurrency`. */
  searchConcurrency?: number;
  /** `panel`: the launch asked for the remote-monitoring panel (`/launch?view=panel`). */
  view?: 'panel';
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

const sane = (ms: unknown) => typeof ms === 'number' && ms >= 1000 && ms <= 600_000;

/** Keeps only deadlines that are numbers of a sane size (1 s to 10 min). */
function readTimeouts(value: unknown): Partial<RequestTimeouts> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const out: Partial<RequestTimeouts> = {};
  if (sane(v.readMs)) out.readMs = v.readMs as number;
  if (sane(v.writeMs)) out.writeMs = v.writeMs as number;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function loadLaunchMeta(): LaunchMeta | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (!isMeta(parsed)) return undefined;
    const { timeouts: rawTimeouts, searchConcurrency: rawConcurrency, view, ...rest } = parsed;
    const meta: LaunchMeta = view === 'panel' ? { ...rest, view } : rest;
    const timeouts = readTimeouts(rawTimeouts);
    const concurrency =
      Number.isInteger(rawConcurrency) && Number(rawConcurrency) >= 1 && Number(rawConcurrency) <= 8
        ? { searchConcurrency: Number(rawConcurrency) }
        : {};
    return timeouts ? { ...meta, ...concurrency, timeouts } : { ...meta, ...concurrency };
  } catch {
    return undefined;
  }
}
