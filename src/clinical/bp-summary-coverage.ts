/**
 * Which span of time fully loaded when a search stopped early, and whether a figure's window lies in
 * it. Pages checked to arrive newest first (queries/blood-pressure-order.ts) that stop early still
 * hold everything from their oldest reading to now; pages in any other order that stop early leave no
 * span known to be complete (the missing page could hold any time). A figure whose window is not
 * inside the complete span states that it is incomplete rather than a number or a claim of absence
 * (DESIGN: "Reading FHIR as it really arrives": partial data is never summarised as complete).
 */

/** `loading`: windows of the history are still arriving (shown while they do, newest first). */
export type IncompleteReason = 'failed' | 'truncated' | 'loading';

export interface BpCoverage {
  /** Absent: every page loaded. */
  incomplete?: { reason: IncompleteReason; pagesLoaded: number };
  /** With `incomplete`: readings after this time up to now all loaded. Absent: no span is known. */
  completeFrom?: number;
}

export interface CoverageInput {
  failed: boolean;
  truncated: boolean;
  pagesLoaded: number;
  /** The pages arrived newest first, checked page by page (not trusted from `_sort`). */
  newestFirst: boolean;
  /** The oldest reading time among the loaded pages. */
  oldestLoaded: number | undefined;
}

export function coverageOf(i: CoverageInput): BpCoverage {
  if (!i.failed && !i.truncated) return {};
  const incomplete = {
    reason: i.failed ? ('failed' as const) : ('truncated' as const),
    pagesLoaded: i.pagesLoaded,
  };
  return i.newestFirst && i.oldestLoaded !== undefined
    ? { incomplete, completeFrom: i.oldestLoaded }
    : { incomplete };
}

/**
 * Whether every reading from `from` to now loaded. Strictly after `completeFrom`: a reading at the
 * very same instant as the oldest loaded one may sit on the page that failed.
 */
export const windowComplete = (c: BpCoverage | undefined, from: number): boolean =>
  c?.incomplete === undefined || (c.completeFrom !== undefined && from > c.completeFrom);

/** Whether the newest loaded reading is the patient's latest: known unless no span is complete. */
export const latestKnown = (c: BpCoverage | undefined): boolean =>
  c?.incomplete === undefined || c.completeFrom !== undefined;

/** "incomplete — some readings could not be loaded", worded for why. */
export function incompleteText(c: BpCoverage | undefined): string {
  if (c?.incomplete?.reason === 'truncated')
    return 'incomplete — the history was longer than the app reads at once';
  if (c?.incomplete?.reason === 'loading') return 'incomplete — older readings are still loading';
  return 'incomplete — some readings could not be loaded';
}
