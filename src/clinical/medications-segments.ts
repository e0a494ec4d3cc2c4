/** Timeline segments of one lane: a course's pieces (paused from an on-hold order), then a partition. Pure. */
import type { Course } from './medications-courses';

export interface Segment {
  from: number;
  /** Undefined while still taken. */
  to?: number;
  dose?: string;
  /** On hold: drawn hatched, labelled "On hold". */
  paused?: boolean;
  entryId: string;
}

/** A course with a start: the only kind drawn. */
export type Drawn = Course & { from: number };

export function piecesOf(c: Drawn, dose: string | undefined): Segment[] {
  const id = c.last.id;
  const d = dose ? { dose } : {};
  const p = c.pausedFrom;
  if (p === undefined || (c.to !== undefined && p >= c.to))
    return [{ from: c.from, ...(c.to !== undefined ? { to: c.to } : {}), ...d, entryId: id }];
  const paused = {
    from: p,
    ...(c.to !== undefined ? { to: c.to } : {}),
    ...d,
    paused: true,
    entryId: id,
  };
  return p > c.from ? [{ from: c.from, to: p, ...d, entryId: id }, paused] : [paused];
}

/**
 * Pieces of one lane -> non-overlapping segments. Two products of one ingredient taken at once (the
 * record says both are current: hydrochlorothiazide alone and in a combination) are drawn as one bar
 * with both doses, `25 mg + 12.5 mg`, never one hiding the other.
 */
export function partition(pieces: readonly Segment[]): Segment[] {
  const cuts = [...new Set(pieces.flatMap((p) => [p.from, p.to ?? Infinity]))].sort(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const on = pieces.filter((p) => p.from <= from && (p.to ?? Infinity) >= to);
    if (on.length === 0) continue;
    const dose = on.map((p) => p.dose ?? '?').join(' + ');
    const paused = on.every((p) => p.paused);
    const entryId = (on.at(-1) as Segment).entryId;
    const prev = out.at(-1);
    if (prev && prev.to === from && (prev.dose ?? '?') === dose && !!prev.paused === paused) {
      if (to === Infinity) delete prev.to;
      else prev.to = to;
      continue;
    }
    out.push({
      from,
      ...(to !== Infinity ? { to } : {}),
      ...(dose !== '?' ? { dose } : {}),
      ...(paused ? { paused: true } : {}),
      entryId,
    });
  }
  // A course that ended where it started (end unknown) is still a mark on the lane.
  for (const p of pieces)
    if (p.to === p.from && !out.some((s) => s.from <= p.from && (s.to ?? Infinity) >= p.from))
      out.push({ ...p });
  return out.sort((a, b) => a.from - b.from);
}
