/**
 * What the printed visit summary selects from data the app already computed: the medication changes
 * of the last 12 months (a decades-long record must still print on two pages, so older changes are
 * counted, not listed) and the latest and previous result of the hypertension-relevant labs. Pure.
 */
import type { AnalyteSummary, LabRow } from '../../clinical/labs';
import type { ChangeEvent } from '../../clinical/medications-timeline';
import { addLocalDays } from '../../clinical/time';

/**
 * The labs of the hypertension work-up, in print order: electrolytes and kidney function (moved by
 * ACE inhibitors, ARBs, MRAs and diuretics), urine albumin, lipids and HbA1c (ACC/AHA 2017 section
 * 5.1, "basic testing"; 2025 AHA/ACC guideline: yearly urine albumin).
 */
export const PRINTED_LABS: readonly string[] = [
  'potassium',
  'sodium',
  'creatinine',
  'egfr',
  'uacr',
  'cholesterol',
  'ldl',
  'hdl',
  'triglycerides',
  'hba1c',
];

/** Medication changes are listed for this many days back (12 months). */
export const CHANGE_DAYS = 365;

export interface RecentChanges {
  /** Oldest first, as the timeline gives them. */
  listed: ChangeEvent[];
  /** Changes before the 12 months, not listed: "N earlier changes not listed". */
  earlier: number;
}

/** The changes from 12 months before `now` (local day) up to `now`; later ones are kept too. */
export function recentChanges(
  events: readonly ChangeEvent[],
  now: number,
  timeZone: string,
): RecentChanges {
  const from = addLocalDays(now, -CHANGE_DAYS, timeZone);
  const listed = events.filter((e) => e.t >= from);
  return { listed, earlier: events.length - listed.length };
}

export interface PrintedLab {
  key: string;
  name: string;
  latest: LabRow;
  /** The result before the latest (`rows` are newest first and start with `latest`). */
  previous?: LabRow;
}

/** The printed labs present in the record, in PRINTED_LABS order; absent analytes are left out. */
export function printedLabs(analytes: readonly AnalyteSummary[]): PrintedLab[] {
  const byKey = new Map(analytes.map((a) => [a.key, a]));
  return PRINTED_LABS.flatMap((key) => {
    const a = byKey.get(key);
    if (!a) return [];
    const previous = a.rows[1];
    return [{ key, name: a.name, latest: a.latest, ...(previous ? { previous } : {}) }];
  });
}

/** "5.4 mmol/L", "<0.5 mg/dL", "Trace". */
export const labValue = (r: LabRow) => (r.unit ? `${r.valueText} ${r.unit}` : r.valueText);

/**
 * Date options for paper: the app omits this year's year (date-text.ts), but a printout is read
 * later, so every printed date shows its year. `now` is the earliest instant a Date holds, a year no
 * record shares; it only decides whether the year is printed, never an age or a window.
 */
export const onPaper = (timeZone: string) => ({ timeZone, now: -8.64e15 });
