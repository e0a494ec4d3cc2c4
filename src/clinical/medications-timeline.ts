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
import { type Drawn, type Segment, partition, piecesOf } from './medications-segments';
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

export type { Segment } from './medications-segments';

export interface Lane {
  key: string;
  label: string;
  drugClass: DrugClass;
  segments: Segment[];
  events: ChangeEvent[];
}

/** A stop and another antihypertensive's start this close together are read as a switch (heuristic). */
const SWITCH_WINDOW = 14 * DAY;

const drawn = (c: Course): c is Drawn => c.from !== undefined && c.rule.drawn !== 'none';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withDose = (name: string, dose: string | undefined) => (dose ? `${name} ${dose}` : name);
const family = (c: Course) => formFamily(c.last) ?? '';
const formWord = (c: Course) => formUnit(doseFormOf(c.last)) ?? '';

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
      (c) => c.from === start.t && ingredientsOf(c.last).some((i) => i.name === start.lane),
    );
    const prior = course?.entries[0]?.priorId;
    const priorCourse = prior
      ? courses.find((c) => c.entries.some((e) => e.id === prior))
      : undefined;
    const priorLanes = priorCourse ? ingredientsOf(priorCourse.last).map((i) => i.name) : undefined;
    const stop = events.find(
      (e) =>
        e.kind === 'stop' &&
        !used.has(e) &&
        e.lane !== start.lane &&
        (priorLanes ? priorLanes.includes(e.lane) : Math.abs(e.t - start.t) <= SWITCH_WINDOW),
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
