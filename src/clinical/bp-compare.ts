/**
 * Office vs home. ACC/AHA 2017, section 4.2 and Figure 2: when office and out-of-office values
 * disagree, the pattern is named — white coat (high in the office, at goal at home) or masked (at goal
 * in the office, high at home). Office and home are compared at corresponding values (Table 11): the
 * office threshold that matches the chosen home threshold set. A pattern, never a diagnosis.
 */
import type { BpReading } from '../fhir/bp-types';
import type { HomeAverage } from './bp-average';
import { sliceByTime } from './bp-average';
import { belowThreshold, homeThreshold, type HomeThresholdSet } from './bp-category';
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

export function compareOfficeHome(
  readings: readonly BpReading[],
  home: HomeAverage,
  set: HomeThresholdSet,
  now: number,
): OfficeHomeComparison | undefined {
  const isOffice = (r: BpReading) => r.setting === 'office' && r.kind === 'single';
  const sameWindow = sliceByTime(readings, home.from, now).filter(isOffice);
  const office =
    sameWindow.length > 0
      ? sameWindow
      : sliceByTime(readings, now - OFFICE_LOOKBACK_DAYS * DAY, now).filter(isOffice);
  if (
    office.length === 0 ||
    !home.sufficient ||
    home.systolic === undefined ||
    home.diastolic === undefined
  ) {
    return undefined;
  }
  const systolic = office.reduce((a, r) => a + r.systolic, 0) / office.length;
  const diastolic = office.reduce((a, r) => a + r.diastolic, 0) / office.length;
  const t = homeThreshold(set);
  const officeHigh = !belowThreshold(systolic, diastolic, t.office);
  const homeHigh = !belowThreshold(home.systolic, home.diastolic, t.home);
  const pattern: BpPattern = officeHigh
    ? homeHigh
      ? 'above-both'
      : 'white-coat'
    : homeHigh
      ? 'masked'
      : 'at-goal-both';
  return { office: { systolic, diastolic, count: office.length }, home, pattern };
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
