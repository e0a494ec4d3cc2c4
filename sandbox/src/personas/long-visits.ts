/**
 * long-record: the office visits every part of the persona hangs off. Shaped like a synthetic-population
 * export (Synthea style): a few ambulatory visits a year for ~30 years, each an `AMB` Encounter; the
 * BP panels, the yearly lab panels and the yearly renewals are written at these visits. The schedule
 * has its own seeded stream, so the bp, labs and meds parts agree on it whatever each draws.
 * Most of the record ends years before `now`: the last office visit is LAST_VISIT_DAYS ago and the
 * patient died DECEASED_DAYS ago.
 */
import type { Encounter } from 'fhir/r4';
import { ACT_CODE, SNOMED } from './bp-build';
import { DAY, isoLocal, localTime } from './bp-time';
import { createRng, seedOf } from './random';
import type { PersonaContext } from './types';

export const LONG_PATIENT = 'long-record';
/** Days before now of the last office visit (its BP is the latest reading: "5 years ago"). */
export const LAST_VISIT_DAYS = 1886;
/** Days before now of the death (~4.3 years ago), after the last BP and the last orders. */
export const DECEASED_DAYS = 1561;
/** Years before now of the first and the last full year of visits. */
export const FIRST_YEAR = 30;
const LAST_FULL_YEAR = 6;
const YEAR_DAYS = 365.25;

export interface Visit {
  /** `enc-lr-0001`, oldest first. */
  id: string;
  /** Whole days before now. */
  days: number;
  /** Years before now it falls in (floor(days / 365.25)). */
  year: number;
  /** The first visit of its year: the annual check-up (labs and renewals happen there). */
  annual: boolean;
  /** Epoch ms of the visit's start (local morning, in the persona's time zone). */
  t: number;
  hour: number;
  minute: number;
}

/** The visits, oldest first. Deterministic: a fixed seed, whole days relative to now. */
export function longVisits(ctx: Pick<PersonaContext, 'now' | 'timeZone'>): Visit[] {
  const rng = createRng(seedOf('long-record:visits'));
  const days: number[] = [];
  for (let y = FIRST_YEAR; y >= LAST_FULL_YEAR; y--) {
    const count = rng.int(2, 4);
    const start = Math.ceil(y * YEAR_DAYS) + 10;
    const span = Math.floor(YEAR_DAYS) - 20;
    const picked = new Set<number>();
    while (picked.size < count) picked.add(start + rng.int(0, span));
    days.push(...picked);
  }
  // The final year: a check-up and a last visit, the last BP ever taken.
  days.push(2050, LAST_VISIT_DAYS);
  const sorted = [...new Set(days)].sort((a, b) => b - a);
  const seenYears = new Set<number>();
  return sorted.map((d, i) => {
    const year = Math.floor(d / YEAR_DAYS);
    const annual = !seenYears.has(year);
    seenYears.add(year);
    const hour = rng.int(8, 16);
    const minute = rng.int(0, 59);
    return {
      id: `enc-lr-${String(i + 1).padStart(4, '0')}`,
      days: d,
      year,
      annual,
      t: localTime(ctx.now, d, hour, minute, ctx.timeZone),
      hour,
      minute,
    };
  });
}

export const PRIMARY_CARE = {
  reference: 'Practitioner/practitioner-2',
  display: 'Dr. David Miller',
} as const;

/** Synthea-style ambulatory Encounter: class AMB (no display), a SNOMED type, a 30-minute period. */
export function visitEncounter(
  ctx: Pick<PersonaContext, 'timeZone'>,
  id: string,
  t: number,
  type: { code: string; display: string },
): Encounter {
  return {
    resourceType: 'Encounter',
    id,
    status: 'finished',
    class: { system: ACT_CODE, code: 'AMB' },
    type: [{ coding: [{ system: SNOMED, ...type }], text: type.display }],
    subject: { reference: `Patient/${LONG_PATIENT}`, display: 'Mrs. Anna123 Lefèvre' },
    participant: [{ individual: PRIMARY_CARE }],
    period: { start: isoLocal(t, ctx.timeZone), end: isoLocal(t + DAY / 48, ctx.timeZone) },
    serviceProvider: { display: 'Riverside Family Practice' },
  };
}

export const CHECK_UP = {
  code: '162673000',
  display: 'General examination of patient (procedure)',
};
export const FOLLOW_UP = { code: '185349003', display: 'Encounter for check up (procedure)' };
export const SYMPTOM = { code: '185345009', display: 'Encounter for symptom (procedure)' };

/** An instant with milliseconds and the local offset, as `issued` often arrives. */
export function issuedAt(t: number, timeZone: string): string {
  const iso = isoLocal(t, timeZone);
  return `${iso.slice(0, 19)}.${String(t % 1000).padStart(3, '0')}${iso.slice(19)}`;
}
