/**
 * Date windows of one search, for fetching a long history a few windows at a time (issue 12). Windows
 * are half-open, `[ge, lt)`, and touch end to end, so a reading at one instant falls in exactly one of
 * them (FHIR R4 search §3.1.1.4.2: `ge`/`lt` compare the value's range with the bound's). The newest has
 * no upper bound (a reading dated ahead of the clock still arrives) and the oldest keeps the caller's
 * own lower bound, or none: a bound only ever balances the work, it never hides a reading. A value
 * with a range (a period, a date-only day) can match two neighbours: callers de-duplicate by id.
 */
export interface DateWindow {
  /** Inclusive lower bound (epoch ms); absent: no lower bound. */
  from?: number;
  /** Exclusive upper bound (epoch ms); absent: no upper bound. */
  to?: number;
}

const SECOND = 1000;
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

/**
 * `count` windows between `from` (or no bound) and `to`, newest first, the inner bounds on whole
 * seconds and evenly spaced from `oldest` (where the history is thought to start) to `to`.
 */
export function splitWindows(
  range: { from?: number; oldest: number; to: number },
  count: number,
): DateWindow[] {
  const n = Math.max(1, Math.floor(count));
  const low = Math.min(range.oldest, range.to);
  const step = (range.to - low) / n;
  const bounds: number[] = [];
  for (let i = 1; i < n; i++) {
    const b = Math.floor((range.to - i * step) / SECOND) * SECOND;
    const last = bounds[bounds.length - 1];
    if ((last === undefined || b < last) && (range.from === undefined || b > range.from))
      bounds.push(b);
  }
  const windows: DateWindow[] = [];
  let upper: number | undefined;
  for (const b of bounds) {
    windows.push(upper === undefined ? { from: b } : { from: b, to: upper });
    upper = b;
  }
  const oldest: DateWindow = {};
  if (range.from !== undefined) oldest.from = range.from;
  if (upper !== undefined) oldest.to = upper;
  windows.push(oldest);
  return windows;
}

/** The window's `date` search parameters: `ge` and `lt`, repeated (AND), as many as it has. */
export function windowDate(w: DateWindow): { date?: string[] } {
  const date = [
    ...(w.from !== undefined ? [`ge${iso(w.from)}`] : []),
    ...(w.to !== undefined ? [`lt${iso(w.to)}`] : []),
  ];
  return date.length > 0 ? { date } : {};
}

/** Whether an instant lies in the window (the same comparison a server makes for an instant). */
export const inWindow = (t: number, w: DateWindow): boolean =>
  (w.from === undefined || t >= w.from) && (w.to === undefined || t < w.to);
