/**
 * Shared geometry for charts drawn on one time axis (the BP chart, the medication timeline under it and
 * the lab trend charts). All use these horizontal margins so that the same instant lands on the same
 * pixel column.
 */
export const TIME_AXIS_MARGIN = { left: 64, right: 24 } as const;

/** A resolved time window in epoch milliseconds, [from, to]. */
export interface TimeDomain {
  from: number;
  to: number;
}

export type PresetRange = '30d' | '90d' | '1y' | 'all';
/** Local calendar days `YYYY-MM-DD`, both included (checked by `customRangeError`). */
export interface CustomRange {
  from: string;
  to: string;
}
export type TimeRange = PresetRange | CustomRange;

export const isPreset = (r: TimeRange): r is PresetRange => typeof r === 'string';

export const TIME_RANGES: readonly { value: PresetRange; label: string }[] = [
  { value: '30d', label: '30 days' },
  { value: '90d', label: '90 days' },
  { value: '1y', label: '1 year' },
  { value: 'all', label: 'All' },
];

/** A medication change drawn on a time axis: "Dose changed: Lisinopril 10 mg → 20 mg". */
export interface ChartMarker {
  t: number;
  label: string;
  kind: 'start' | 'stop' | 'dose-change' | 'switch';
}
