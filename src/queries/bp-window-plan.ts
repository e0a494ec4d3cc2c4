/**
 * How the rest of a long BP history is fetched after its newest page (issue 12), and what span of it
 * is complete while windows arrive or after some failed. Pure: times in, windows and coverage out.
 * The newest page holds everything after its oldest reading (checked newest first, never trusted), so
 * the windows cover from the caller's lower bound up to just past that reading; neighbours overlap by
 * at most a second, and readings are de-duplicated by id.
 */
import type { BpCoverage } from '../clinical/bp-summary-coverage';
import { DAY } from '../clinical/time';
import { splitWindows, windowDate, type DateWindow } from '../smart/windows';
import type { SearchParams } from '../smart/types';

/**
 * At most this many windows for one history: twice the default concurrency, so a slow window is
 * overlapped by others, yet few partial last pages (each window ends in one: more windows, more
 * requests for the same readings, and the server pays for each).
 */
export const MAX_WINDOWS = 8;
const YEAR = 365.25 * DAY;

export interface FirstPage {
  /** Matches on the newest page. */
  count: number;
  /** The server's claimed total (advisory). */
  total?: number;
  oldest: number;
  newest: number;
}

/**
 * Windows for everything older than the first page, newest first. Their count follows the pages the
 * server's total says remain (one window per page, up to MAX_WINDOWS), and their bounds the span the
 * history is thought to cover: from `since`, or a probe of the oldest reading, or, failing both, the
 * first page's density. A wrong guess only unbalances the windows: the oldest is open-ended.
 */
export function planWindows(
  first: FirstPage,
  o: { since?: number; probedOldest?: number; maxWindows?: number },
): DateWindow[] {
  const to = Math.ceil(first.oldest / 1000) * 1000 + 1000;
  const per = Math.max(1, first.count);
  const left =
    first.total !== undefined ? Math.ceil(Math.max(0, first.total - first.count) / per) : undefined;
  const spanPerPage = Math.max(first.newest - first.oldest, DAY);
  const oldest =
    o.since ??
    o.probedOldest ??
    (left !== undefined ? first.oldest - left * spanPerPage : first.oldest - 5 * YEAR);
  const max = o.maxWindows ?? MAX_WINDOWS;
  const n = Math.min(max, Math.max(1, left ?? max));
  const windows = splitWindows(
    { ...(o.since !== undefined ? { from: o.since } : {}), oldest, to },
    n,
  );
  const [newest, ...rest] = windows;
  return [{ ...newest, to }, ...rest].map((w) => {
    // The caller's own lower bound is sent as it was asked (`ge` a date), not as an instant.
    const { from, ...inner } = w;
    return from !== undefined && from !== o.since ? { ...inner, from } : inner;
  });
}

/** A window's `date` parameters beside the caller's `ge{since}` (repeated `date` is an AND). */
export function windowParams(w: DateWindow, since: string | undefined): SearchParams {
  const date = [...(since ? [`ge${since}`] : []), ...(windowDate(w).date ?? [])];
  return date.length > 0 ? { date } : {};
}

export interface Segment {
  /** Its last page arrived (or it stopped: failed, truncated). */
  finished: boolean;
  failed: boolean;
  truncated: boolean;
  pages: number;
  /** Its pages were checked to arrive newest first under `_sort=-date`. */
  newestFirst: boolean;
  /** The oldest reading time among its loaded pages. */
  oldest?: number;
  /** Exclusive upper bound of the segment (absent: none, the newest). */
  upper?: number;
}

/**
 * Coverage of segments in newest-first order (the first page, then the windows): complete from the
 * first segment not fully loaded, down to its oldest loaded reading when its own pages came newest
 * first, else down to its upper bound only. `loading` while any segment is unfinished.
 */
export function segmentsCoverage(segments: readonly Segment[]): BpCoverage {
  const pagesLoaded = segments.reduce((n, s) => n + s.pages, 0);
  const reason = segments.some((s) => !s.finished)
    ? ('loading' as const)
    : segments.some((s) => s.failed)
      ? ('failed' as const)
      : segments.some((s) => s.truncated)
        ? ('truncated' as const)
        : undefined;
  if (!reason) return {};
  const incomplete = { reason, pagesLoaded };
  const gap = segments.find((s) => !s.finished || s.failed || s.truncated);
  if (!gap) return { incomplete };
  const from =
    gap.newestFirst && gap.oldest !== undefined
      ? Math.min(gap.oldest, gap.upper ?? gap.oldest)
      : gap.upper;
  return from !== undefined ? { incomplete, completeFrom: from } : { incomplete };
}
