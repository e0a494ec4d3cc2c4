/**
 * Office vs home. ACC/AHA 2017, section 4.2 and Figure 2: when office and out-of-office values
 * disagree, the pattern is named — white coat (high in the office, at goal at home) or masked (at goal
 * in the office, high at home). Office and home are each compared with their own goal: the office goal
 * and its corresponding home value (Table 11, bp-goal.ts). A pattern, never a diagnosis.
 */
import type { BpReading } from '../fhir/bp-types';
import type { HomeAverage } from './bp-average';
import { sliceByTime } from './bp-average';
import { belowThreshold, type Threshold } from './bp-category';
import { DAY } from './time';

export type BpPattern = 'white-coat' | 'masked' | 'above-both' | 'at-goal-both';

export interface OfficeHomeComparison {
  office: { systolic: number; diastolic: number; count: number };
  home: HomeAverage;
  pattern: BpPattern;
}

/**
 * Office readings from the home average's own window are compared with it; only when there are none,
 * the last 90 days' (a visit every few months is common). Mixing in older visits would compare
 * readings from before a treatment change with home readings after it.
 */
export const OFFICE_LOOKBACK_DAYS = 90;

const isOffice = (r: BpReading) => r.setting === 'office' && r.kind === 'single';

export interface OfficeMean {
  systolic: number;
  diastolic: number;
  count: number;
  /** The first and last office reading averaged. */
  first: number;
  last: number;
}

/** The mean of office single readings in [from, now]; undefined when there are none. */
export function officeMean(
  readings: readonly BpReading[],
  from: number,
  now: number,
): OfficeMean | undefined {
  const office = sliceByTime(readings, from, now).filter(isOffice);
  const first = office[0];
  const last = office.at(-1);
  if (!first || !last) return undefined;
  return {
    systolic: office.reduce((a, r) => a + r.systolic, 0) / office.length,
    diastolic: office.reduce((a, r) => a + r.diastolic, 0) / office.length,
    count: office.length,
    first: first.time,
    last: last.time,
  };
}

/** Office readings of the last OFFICE_LOOKBACK_DAYS days. */
export const recentOffice = (readings: readonly BpReading[], now: number) =>
  officeMean(readings, now - OFFICE_LOOKBACK_DAYS * DAY, now);

export function compareOfficeHome(
  readings: readonly BpReading[],
  home: HomeAverage,
  goal: { office: Threshold; home: Threshold },
  now: number,
): OfficeHomeComparison | undefined {
  const office = officeMean(readings, home.from, now) ?? recentOffice(readings, now);
  if (!office || !home.sufficient || home.systolic === undefined || home.diastolic === undefined) {
    return undefined;
  }
  const { systolic, diastolic } = office;
  const officeHigh = !belowThreshold(systolic, diastolic, goal.office);
  const homeHigh = !belowThreshold(home.systolic, home.diastolic, goal.home);
  const pattern: BpPattern = officeHigh
    ? homeHigh
      ? 'above-both'
      : 'white-coat'
    : homeHigh
      ? 'masked'
      : 'at-goal-both';
  return { office: { systolic, diastolic, count: office.count }, home, pattern };
}

export function patternText(pattern: BpPattern): string {
  switch (pattern) {
    case 'white-coat':
      return 'White-coat pattern: above goal in the office, at goal at home';
    case 'masked':
      return 'Masked pattern: at goal in the office, above goal at home';
    case 'above-both':
      return 'Above goal in the office and at home';
    case 'at-goal-both':
      return 'At goal in the office and at home';
  }
}
