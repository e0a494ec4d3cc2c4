/**
 * Renewal chains -> courses. Real charts re-order the same product about yearly, each earlier order
 * `stopped` with no end date (REAL-WORLD-SHAPES, "Medications"). Orders of the same product (RxNorm code,
 * else the normalized name) at the same dose form ONE course when each starts close enough after the
 * previous one (the rule, `continues`):
 * - the previous order has an end date: the next starts no later than CONTINUITY after it;
 * - it has none: the next starts within MAX_RENEWAL_GAP (548 days, 18 months: a yearly renewal at an
 *   annual visit that came up to six months late, as they do in real charts: gaps of 411–448 days
 *   between yearly renewals are common) of the previous order's start, and the previous order then
 *   ends where the next one starts.
 * A larger gap starts a new course. Only records of therapy (taking / paused / past / unknown) chain;
 * plans, do-not-give orders and never-started ones stay alone. Pure.
 */
import type { DatePrecision } from '../fhir/fhir-date';
import type { MedicationEntry } from '../fhir/medications';
import { doseText, productStrengths } from './medications-dose';
import { type Meaning, type StatusRule, statusRule } from './medications-status';
import { DAY } from './time';

export const CONTINUITY = 7 * DAY;
export const MAX_RENEWAL_GAP = 548 * DAY;

export interface Course<E extends MedicationEntry = MedicationEntry> {
  /** Product + dose: what makes orders one chain. */
  key: string;
  /** Oldest first. */
  entries: E[];
  /** The latest record: its name, dose, status speak for the course. */
  last: E;
  rule: StatusRule;
  from?: number;
  fromPrecision?: DatePrecision;
  /** Undefined while ongoing. */
  to?: number;
  toPrecision?: DatePrecision;
  /** Why it ends where it does: an end date, its last order's start (end unknown), or death. */
  toReason?: 'end' | 'unknown' | 'death';
  /** Where the last order went on hold (the rest is drawn paused). */
  pausedFrom?: number;
}

const CHAINS = new Set<Meaning>(['taking', 'paused', 'past', 'unknown']);

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Product identity: its RxNorm code, else its name, plus the dose it is given at. */
export function productKey(e: MedicationEntry): string {
  const product = e.rxnorm[0] ?? norm(e.name);
  const dose =
    doseText(e) ??
    productStrengths(e)
      .map((s) => s.strength)
      .join('+');
  return `${product}|${dose}`;
}

/** The rule in the header: does `next` continue the chain that `prev` ends? */
export function continues(
  prev: Pick<MedicationEntry, 'start' | 'end'>,
  next: Pick<MedicationEntry, 'start'>,
): boolean {
  if (prev.start === undefined || next.start === undefined) return false;
  if (prev.end !== undefined) return next.start <= prev.end + CONTINUITY;
  return next.start - prev.start <= MAX_RENEWAL_GAP;
}

function close<E extends MedicationEntry>(
  key: string,
  entries: E[],
  deceasedAt?: number,
): Course<E> {
  const first = entries[0] as E;
  const last = entries.at(-1) as E;
  const rule = statusRule(last);
  const course: Course<E> = { key, entries, last, rule };
  if (first.start !== undefined) {
    course.from = first.start;
    if (first.startPrecision) course.fromPrecision = first.startPrecision;
  }
  if (last.end !== undefined) {
    course.to = last.end;
    course.toReason = 'end';
    if (last.endPrecision) course.toPrecision = last.endPrecision;
  } else if (rule.meaning === 'past' || rule.meaning === 'unknown') {
    // Ended without an end date: when is unknown, so nothing is drawn past its last order's start.
    if (last.start !== undefined) course.to = last.start;
    course.toReason = 'unknown';
    if (last.startPrecision) course.toPrecision = last.startPrecision;
  }
  if (rule.meaning === 'paused' && last.start !== undefined) course.pausedFrom = last.start;
  if (deceasedAt !== undefined && (course.to === undefined || course.to > deceasedAt)) {
    course.to = deceasedAt;
    course.toReason = 'death';
    delete course.toPrecision;
  }
  return course;
}

/** Every record as part of a course: chains merged, the rest one course each. Oldest first. */
export function medicationCourses<E extends MedicationEntry>(
  entries: readonly E[],
  opts: { deceasedAt?: number } = {},
): Course<E>[] {
  const chains = new Map<string, E[]>();
  const out: Course<E>[] = [];
  for (const e of entries) {
    if (!CHAINS.has(statusRule(e).meaning) || e.start === undefined) {
      out.push(close(productKey(e), [e], opts.deceasedAt));
      continue;
    }
    const key = productKey(e);
    chains.set(key, [...(chains.get(key) ?? []), e]);
  }
  for (const [key, list] of chains) {
    list.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    let run: E[] = [];
    for (const e of list) {
      const prev = run.at(-1);
      if (prev && !continues(prev, e)) {
        out.push(close(key, run, opts.deceasedAt));
        run = [];
      }
      run.push(e);
    }
    if (run.length > 0) out.push(close(key, run, opts.deceasedAt));
  }
  return out.sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
}
