/**
 * The antihypertensive timeline drawn under the BP chart: one lane per ingredient, its segments (when it
 * was taken, at which dose) and its changes: starts, stops, dose changes and switches. Pure.
 */
import type { MedicationEntry } from '../fhir/medications';
import { type DrugClass, ingredientsOf } from './medications-classes';

export type ChangeKind = 'start' | 'stop' | 'dose-change' | 'switch';

export interface ChangeEvent {
  t: number;
  kind: ChangeKind;
  lane: string;
  /** What changed, in words: "Lisinopril 10 mg → 20 mg". */
  summary: string;
}

export interface Segment {
  from: number;
  /** Undefined while still taken. */
  to?: number;
  dose?: string;
  entryId: string;
}

export interface Lane {
  key: string;
  label: string;
  drugClass: DrugClass;
  segments: Segment[];
  events: ChangeEvent[];
}

const DAY_MS = 86_400_000;
const ENDED = new Set(['stopped', 'completed']);
/** A new order starting within this of the previous one's end continues it (renewals are rarely exact). */
const CONTINUITY_MS = 7 * DAY_MS;
/** A stop and another antihypertensive's start this close together are read as a switch (heuristic). */
const SWITCH_WINDOW_MS = 14 * DAY_MS;

/** Orders and statements that describe drug actually taken (not plans, proposals or cancelled orders). */
function onTimeline(e: MedicationEntry): e is MedicationEntry & { start: number } {
  if (e.start === undefined) return false;
  if (
    e.intent !== undefined &&
    e.intent !== 'order' &&
    e.intent !== 'original-order' &&
    e.intent !== 'instance-order'
  )
    return false;
  return !['draft', 'cancelled', 'entered-in-error', 'not-taken', 'intended'].includes(e.status);
}

/** The dose a change is about: the structured dose, else the strength in the drug's name. */
export function doseOf(e: MedicationEntry): string | undefined {
  if (e.dose) return e.dose;
  const m = /(\d+(?:\.\d+)?)\s*(mg|mcg|g)\b/i.exec(e.name);
  return m ? `${m[1] ?? ''} ${(m[2] ?? '').toLowerCase()}` : undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withDose = (name: string, dose: string | undefined) => (dose ? `${name} ${dose}` : name);

function buildLane(
  key: string,
  drugClass: DrugClass,
  entries: (MedicationEntry & { start: number })[],
  now: number,
): Lane {
  const label = capital(key);
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  const events: ChangeEvent[] = [];
  let prev: (MedicationEntry & { start: number }) | undefined;
  for (const e of sorted) {
    const dose = doseOf(e);
    const prevEnd = prev ? (prev.end ?? (prev.status === 'active' ? now : prev.start)) : undefined;
    if (!prev || prevEnd === undefined || e.start > prevEnd + CONTINUITY_MS) {
      if (prev?.end !== undefined)
        events.push({
          t: prev.end,
          kind: 'stop',
          lane: key,
          summary: `Stopped ${withDose(label, doseOf(prev))}`,
        });
      events.push({
        t: e.start,
        kind: 'start',
        lane: key,
        summary: `Started ${withDose(label, dose)}`,
      });
    } else if (dose !== doseOf(prev)) {
      events.push({
        t: e.start,
        kind: 'dose-change',
        lane: key,
        summary: `${label} ${doseOf(prev) ?? '?'} → ${dose ?? '?'}`,
      });
    }
    // An overlapping renewal ends the previous segment where the new one begins.
    const last = segments.at(-1);
    if (last && (last.to === undefined || last.to > e.start)) last.to = e.start;
    // An order stopped or completed without an end date: when it ended is unknown, so no period is drawn
    // past its start rather than one running to today.
    const to = e.end ?? (ENDED.has(e.status) ? e.start : undefined);
    segments.push({
      from: e.start,
      ...(to !== undefined ? { to } : {}),
      ...(dose ? { dose } : {}),
      entryId: e.id,
    });
    prev = e;
  }
  if (prev?.end !== undefined && prev.end <= now) {
    const why = prev.statusReason ? ` (${prev.statusReason})` : '';
    events.push({
      t: prev.end,
      kind: 'stop',
      lane: key,
      summary: `Stopped ${withDose(label, doseOf(prev))}${why}`,
    });
  }
  return { key, label, drugClass, segments, events };
}

/**
 * A stop in one lane and a start in another are a switch when the new order names the old one as its
 * `priorPrescription`, or when they fall within SWITCH_WINDOW_MS of each other.
 */
function markSwitches(lanes: Lane[], entries: readonly MedicationEntry[]): void {
  const events = lanes.flatMap((l) => l.events);
  for (const start of events.filter((e) => e.kind === 'start')) {
    const lane = lanes.find((l) => l.key === start.lane);
    const entry = entries.find(
      (e) => e.id === lane?.segments.find((s) => s.from === start.t)?.entryId,
    );
    const priorLane = lanes.find((l) => l.segments.some((s) => s.entryId === entry?.priorId));
    const stop = events.find(
      (e) =>
        e.kind === 'stop' &&
        e.lane !== start.lane &&
        (priorLane ? e.lane === priorLane.key : Math.abs(e.t - start.t) <= SWITCH_WINDOW_MS),
    );
    if (!stop) continue;
    start.kind = 'switch';
    start.summary = `Switched from ${stop.summary.replace(/^Stopped /, '')} to ${start.summary.replace(/^Started /, '')}`;
    stop.summary = `${stop.summary} — switched to ${capital(start.lane)}`;
  }
}

export interface Timeline {
  lanes: Lane[];
  /** Every change, oldest first (the accessible list). */
  events: ChangeEvent[];
}

export function medicationTimeline(entries: readonly MedicationEntry[], now: number): Timeline {
  const byLane = new Map<
    string,
    { drugClass: DrugClass; entries: (MedicationEntry & { start: number })[] }
  >();
  for (const e of entries.filter(onTimeline)) {
    for (const i of ingredientsOf(e)) {
      const lane = byLane.get(i.name) ?? { drugClass: i.drugClass, entries: [] };
      lane.entries.push(e);
      byLane.set(i.name, lane);
    }
  }
  const lanes = [...byLane].map(([key, l]) => buildLane(key, l.drugClass, l.entries, now));
  markSwitches(lanes, entries);
  lanes.sort((a, b) => (a.segments[0]?.from ?? 0) - (b.segments[0]?.from ?? 0));
  return { lanes, events: lanes.flatMap((l) => l.events).sort((a, b) => a.t - b.t) };
}
