/**
 * The medication list grouped so a 240-order history stays short: current courses first (taking, then
 * on hold), plans not yet started, "Not to be given", then ONE line per drug for everything past (its
 * courses inside). Renewal chains are merged into courses (medications-courses). Pure.
 */
import type { DatePrecision } from '../fhir/fhir-date';
import type { MedicationEntry } from '../fhir/medications';
import { type MedicationItem, dedupeMedications } from './medications';
import { type Course, medicationCourses } from './medications-courses';
import type { Meaning } from './medications-status';

export type ItemCourse = Course<MedicationItem>;

export interface DrugHistory {
  /** The drug without strength or form: "Lisinopril", "Lisinopril / Hydrochlorothiazide". */
  name: string;
  /** Newest first. */
  courses: ItemCourse[];
  /** How many records the courses hold. */
  records: number;
  /** When the most recent course ended or was written, and that date's precision. */
  last?: number;
  lastPrecision?: DatePrecision;
}

export interface MedicationGroups {
  current: ItemCourse[];
  planned: ItemCourse[];
  notGiven: ItemCourse[];
  past: DrugHistory[];
}

/** "Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet" -> "Lisinopril / Hydrochlorothiazide". */
export function drugName(name: string): string {
  const parts = name
    .split(/\s+\/\s+/)
    .map((p) =>
      p
        .replace(/^\d+\s*HR\s+/i, '')
        .replace(/\s*\d.*$/, '')
        .trim(),
    )
    .filter(Boolean);
  return parts.length > 0 ? parts.join(' / ') : name.trim();
}

const GROUP: Record<Meaning, keyof Omit<MedicationGroups, 'past'> | 'past'> = {
  taking: 'current',
  paused: 'current',
  planned: 'planned',
  'not-given': 'notGiven',
  past: 'past',
  'never-started': 'past',
  unknown: 'past',
};

const newest = (c: ItemCourse) => c.to ?? c.from ?? -Infinity;

export function medicationGroups(
  entries: readonly MedicationEntry[],
  opts: { deceasedAt?: number } = {},
): MedicationGroups {
  const courses = medicationCourses(dedupeMedications(entries), opts);
  const out: MedicationGroups = { current: [], planned: [], notGiven: [], past: [] };
  const past = new Map<string, DrugHistory>();
  for (const c of courses) {
    const group = GROUP[c.rule.meaning];
    if (group !== 'past') {
      out[group].push(c);
      continue;
    }
    const name = drugName(c.last.name);
    const key = name.toLowerCase();
    const h = past.get(key) ?? { name, courses: [], records: 0 };
    h.courses.push(c);
    h.records += c.entries.length;
    past.set(key, h);
  }
  const byRecent = (a: ItemCourse, b: ItemCourse) => (b.from ?? -Infinity) - (a.from ?? -Infinity);
  out.current.sort(
    (a, b) =>
      Number(a.rule.meaning === 'paused') - Number(b.rule.meaning === 'paused') || byRecent(a, b),
  );
  out.planned.sort(byRecent);
  out.notGiven.sort(byRecent);
  out.past = [...past.values()]
    .map((h) => {
      const sorted = [...h.courses].sort((a, b) => newest(b) - newest(a));
      const top = sorted[0];
      const last = top ? newest(top) : undefined;
      const lastPrecision = top?.to !== undefined ? top.toPrecision : top?.fromPrecision;
      return {
        ...h,
        courses: sorted,
        ...(last !== undefined && Number.isFinite(last) ? { last } : {}),
        ...(lastPrecision ? { lastPrecision } : {}),
      };
    })
    .sort((a, b) => (b.last ?? -Infinity) - (a.last ?? -Infinity));
  return out;
}
