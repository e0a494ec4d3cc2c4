/**
 * The antihypertensive timeline drawn under the BP chart: one lane per ingredient, its segments (when it
 * was taken, at which dose) and its changes: starts, stops, dose changes and switches. Built from
 * courses (renewal chains merged: one "Started" per course, not per order). Statuses keep their meaning
 * (medications-status): on-hold is drawn paused, cancelled / draft / do-not-give are not drawn. After a
 * patient's death nothing runs on. Pure.
 */
import type { MedicationEntry } from '../fhir/medications';
import { dedupeMedications } from './medications';
import { type DrugClass, ingredientsOf } from './medications-classes';
import { type Course, CONTINUITY, medicationCourses } from './medications-courses';
import { doseFormOf, formFamily, formUnit, ingredientDose } from './medications-dose';
import { DAY } from './time';

export type ChangeKind = 'start' | 'stop' | 'dose-change' | 'switch';

export interface ChangeEvent {
  t: number;
  kind: ChangeKind;
  lane: string;
  /** What changed, in words: "Lisinopril 10 mg → 20 mg". */
  summary: string;
  /** A stop that a switch (in another lane) already tells: drawn, not listed twice. */
  partOfSwitch?: boolean;
}

export interface Segment {
  from: number;
  /** Undefined while still taken. */
  to?: number;
  dose?: string;
  /** On hold: drawn hatched, labelled "On hold". */
  paused?: boolean;
  entryId: string;
}

export interface Lane {
  key: string;
  label: string;
  drugClass: DrugClass;
  segments: Segment[];
  events: ChangeEvent[];
}

/** A stop and another antihypertensive's start this close together are read as a switch (heuristic). */
const SWITCH_WINDOW = 14 * DAY;

type Drawn = Course & { from: number };
const drawn = (c: Course): c is Drawn => c.from !== undefined && c.rule.drawn !== 'none';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withDose = (name: string, dose: string | undefined) => (dose ? `${name} ${dose}` : name);
const family = (c: Course) => formFamily(c.last) ?? '';
const formWord = (c: Course) => formUnit(doseFormOf(c.last)) ?? '';

function piecesOf(c: Drawn, dose: string | undefined): Segment[] {
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

function buildLane(key: string, drugClass: DrugClass, courses: Drawn[]): Lane {
  const label = capital(key);
  const sorted = [...courses].sort((a, b) => a.from - b.from);
  const pieces: Segment[] = [];
  const events: ChangeEvent[] = [];
  const stop = (c: Course, dose: string | undefined) => {
    if (c.toReason !== 'end' || c.to === undefined) return;
    const why = c.last.statusReason ? ` (${c.last.statusReason})` : '';
    events.push({
      t: c.to,
      kind: 'stop',
      lane: key,
      summary: `Stopped ${withDose(label, dose)}${why}`,
    });
  };
  let prev: { c: Drawn; dose: string | undefined } | undefined;
  for (const c of sorted) {
    const dose = ingredientDose(c.last, key);
    const prevEnd = prev?.c.to;
    const adjoins = prev !== undefined && (prevEnd === undefined || c.from <= prevEnd + CONTINUITY);
    if (!prev || !adjoins) {
      if (prev) stop(prev.c, prev.dose);
      events.push({
        t: c.from,
        kind: 'start',
        lane: key,
        summary: `Started ${withDose(label, dose)}`,
      });
    } else if ((prev.c.to ?? Infinity) > c.from + CONTINUITY) {
      // Still taking the other product: this one is added to it, not a change of dose.
      events.push({
        t: c.from,
        kind: 'dose-change',
        lane: key,
        summary: `${label} ${prev.dose ?? 'dose not stated'} → ${[prev.dose, dose].map((x) => x ?? 'dose not stated').join(' + ')}`,
      });
    } else if (family(c) !== family(prev.c)) {
      const was = withDose(label, [prev.dose, formWord(prev.c)].filter(Boolean).join(' '));
      const now = [dose, formWord(c)].filter(Boolean).join(' ');
      events.push({
        t: c.from,
        kind: 'switch',
        lane: key,
        summary: `Switched from ${was} to ${now}`,
      });
    } else if (dose !== prev.dose) {
      events.push({
        t: c.from,
        kind: 'dose-change',
        lane: key,
        summary: `${label} ${prev.dose ?? 'dose not stated'} → ${dose ?? 'dose not stated'}`,
      });
    }
    // A course of another dose that ended (an end date) where this one begins is replaced by it.
    const last = pieces.at(-1);
    if (last?.to !== undefined && last.to > c.from && prev?.c.toReason === 'end') last.to = c.from;
    pieces.push(...piecesOf(c, dose));
    if (!prev || (c.to ?? Infinity) >= (prev.c.to ?? Infinity)) prev = { c, dose };
  }
  if (prev) stop(prev.c, prev.dose);
  return { key, label, drugClass, segments: partition(pieces), events };
}

/**
 * A stop in one lane and a start in another are a switch when the new order names an order of the old
 * course as its `priorPrescription`, or when they fall within SWITCH_WINDOW of each other. Each stop
 * pairs with one start, and the table lists the switch once (the stop stays drawn in its lane).
 */
function markSwitches(lanes: Lane[], courses: readonly Drawn[]): void {
  const events = lanes.flatMap((l) => l.events);
  const used = new Set<ChangeEvent>();
  const starts = events.filter((e) => e.kind === 'start').sort((a, b) => a.t - b.t);
  for (const start of starts) {
    const course = courses.find(
      (c) => c.from === start.t && lanes.some((l) => l.key === start.lane),
    );
    const prior = course?.entries[0]?.priorId;
    const priorLane = prior
      ? lanes.find((l) =>
          courses.some(
            (c) =>
              c.entries.some((e) => e.id === prior) &&
              l.segments.some((s) => s.entryId === c.last.id),
          ),
        )
      : undefined;
    const stop = events.find(
      (e) =>
        e.kind === 'stop' &&
        !used.has(e) &&
        e.lane !== start.lane &&
        (priorLane ? e.lane === priorLane.key : Math.abs(e.t - start.t) <= SWITCH_WINDOW),
    );
    if (!stop) continue;
    used.add(stop);
    start.kind = 'switch';
    start.summary = `Switched from ${stop.summary.replace(/^Stopped /, '')} to ${start.summary.replace(/^Started /, '')}`;
    stop.summary = `${stop.summary} — switched to ${capital(start.lane)}`;
    stop.partOfSwitch = true;
  }
}

export interface Timeline {
  lanes: Lane[];
  /** Every change, oldest first (the accessible list); a switch once. */
  events: ChangeEvent[];
}

export interface TimelineOptions {
  /** Epoch ms of the patient's death: nothing runs on past it. */
  deceasedAt?: number;
}

export function medicationTimeline(
  entries: readonly MedicationEntry[],
  opts: TimelineOptions = {},
): Timeline {
  // A statement of a prescribed drug is the same therapy: drawn once (dedupeMedications).
  const courses: Drawn[] = medicationCourses<MedicationEntry>(
    dedupeMedications(entries),
    opts,
  ).filter(drawn);
  const byLane = new Map<string, { drugClass: DrugClass; courses: Drawn[] }>();
  for (const c of courses) {
    for (const i of ingredientsOf(c.last)) {
      const lane = byLane.get(i.name) ?? { drugClass: i.drugClass, courses: [] };
      lane.courses.push(c);
      byLane.set(i.name, lane);
    }
  }
  const lanes = [...byLane].map(([key, l]) => buildLane(key, l.drugClass, l.courses));
  markSwitches(lanes, courses);
  lanes.sort((a, b) => (a.segments[0]?.from ?? 0) - (b.segments[0]?.from ?? 0));
  const events = lanes
    .flatMap((l) => l.events)
    .filter((e) => !e.partOfSwitch)
    .sort((a, b) => a.t - b.t);
  return { lanes, events };
}
