/** Test helper for the attention rules: lab analytes and medication histories relative to NOW. */
import { local, TZ } from './bp-readings';
import { medEntry } from './medication-entry';
import type { MedicationEntry } from '../../src/fhir/medications';
import type { AnalyteSummary, LabRow, TrendPoint } from '../../src/clinical/labs';
import type { LabFlag } from '../../src/clinical/labs-flags';
import { DAY } from '../../src/clinical/time';
import { kidneyAfterChange } from '../../src/clinical/attention-rules';

export const NOW = local(2026, 3, 20, 22, 0);
export const o = { now: NOW, timeZone: TZ };
export const ago = (days: number) => NOW - days * DAY;

export const FLAGS: Record<string, LabFlag> = {
  H: { code: 'H', label: 'High', severity: 'abnormal', computed: false },
  L: { code: 'L', label: 'Low', severity: 'abnormal', computed: false },
  HH: { code: 'HH', label: 'Critical high', severity: 'critical', computed: false },
};

/** [days ago, value, flag code]. */
export type Point = [number, number, string?];

/** An analyte from points, oldest first; `latestT: 'none'` leaves the result rows without a time. */
export function analyte(
  key: string,
  unit: string,
  points: Point[],
  extra: { latestT?: 'none' } = {},
): AnalyteSummary {
  const trend: TrendPoint[] = points.map(([d, value, flag], i) => ({
    id: `${key}-${i}`,
    t: ago(d),
    value,
    text: String(value),
    ...(flag ? { flag: FLAGS[flag] } : {}),
  }));
  const rows: LabRow[] = trend
    .map((p) => ({
      id: p.id,
      ...(extra.latestT === 'none' ? {} : { t: p.t }),
      precision: 'time' as const,
      name: key,
      valueText: p.text,
      unit,
      ...(p.flag ? { flag: p.flag } : {}),
      unconvertible: false,
      inTrend: true,
    }))
    .reverse();
  return {
    key,
    name: key,
    unit,
    codes: [],
    latest: rows[0] as LabRow,
    tier: 'other',
    rows,
    trend,
    unconvertible: 0,
    brokenRanges: 0,
  };
}

/** Lisinopril 10 mg until `changeDays` ago, then 20 mg (a renewal chain: one dose change). */
export function lisinoprilIncrease(changeDays: number): MedicationEntry[] {
  return [
    medEntry({
      id: 'MedicationRequest/l10',
      name: 'lisinopril 10 MG Oral Tablet',
      status: 'stopped',
      start: ago(400),
      end: ago(changeDays),
    }),
    medEntry({
      id: 'MedicationRequest/l20',
      name: 'lisinopril 20 MG Oral Tablet',
      start: ago(changeDays),
      priorId: 'MedicationRequest/l10',
    }),
  ];
}

/** One medicine started `days` ago (active unless stated). */
export const started = (id: string, name: string, days: number, status = 'active') =>
  medEntry({ id: `MedicationRequest/${id}`, name, start: ago(days), status });

export const meds = (entries: MedicationEntry[], deceasedAt?: number) => ({
  entries,
  complete: true,
  ...(deceasedAt !== undefined ? { deceasedAt } : {}),
});

/** The kidney rule over creatinine and eGFR points (absent: no such test); lisinopril increased 45 days ago. */
export const kidneyOf = (
  creatinine: Point[] | undefined,
  egfr: Point[] | undefined,
  entries = lisinoprilIncrease(45),
) =>
  kidneyAfterChange(
    [
      ...(creatinine ? [analyte('creatinine', 'mg/dL', creatinine)] : []),
      ...(egfr ? [analyte('egfr', 'mL/min', egfr)] : []),
    ],
    meds(entries),
    o,
  );
