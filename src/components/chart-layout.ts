/**
 * Shared geometry for charts drawn on one time axis (the BP chart and the medication timeline under
 * it). Both use these horizontal margins so that the same instant lands on the same pixel column.
 */
export const TIME_AXIS_MARGIN = { left: 64, right: 24 } as const;

/** A resolved time window in epoch milliseconds, [from, to]. */
export interface TimeDomain {
  from: number;
  to: number;
}

export type TimeRange = '30d' | '90d' | '1y' | 'all';

export const TIME_RANGES: readonly { value: TimeRange; label: string }[] = [
  { value: '30d', label: '30 days' },
  { value: '90d', label: '90 days' },
  { value: '1y', label: '1 year' },
  { value: 'all', label: 'All' },
];
