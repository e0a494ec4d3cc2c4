/**
 * Everything the summary shows, and the one sentence a screen reader reads first, e.g.
 * "Home average last 14 days 138/86 from 26 readings, above goal; 1 severe reading on 12 March."
 */
import type { BpReading } from '../fhir/bp-types';
import { homeAverage, shareAtGoal, sliceByTime, type HomeAverage } from './bp-average';
import {
  belowThreshold,
  categoryOf,
  homeThreshold,
  isSevere,
  type BpCategory,
  type HomeThresholdSet,
} from './bp-category';
import { compareOfficeHome, type OfficeHomeComparison } from './bp-compare';
import { readingsThatMatter, type ReadingThatMatters } from './bp-matters';
import { dayMonth } from './time';

export type GoalStatus = 'at-goal' | 'above-goal' | 'insufficient';

export interface BpSummary {
  latest?: { reading: BpReading; category: BpCategory };
  averages: { 7: HomeAverage; 14: HomeAverage; 30: HomeAverage };
  /** The 14-day home average and how it stands against the home threshold. */
  goal: GoalStatus;
  share?: { share: number; atGoal: number; count: number };
  comparison?: OfficeHomeComparison;
  severe: BpReading[];
  matters: ReadingThatMatters[];
  sentence: string;
}

export interface SummaryOptions {
  now: number;
  timeZone: string;
  thresholdSet: HomeThresholdSet;
  /** The period shown (share at goal, severe count, readings that matter). */
  from: number;
}

export const mmHg = (s: number, d: number) => `${Math.round(s)}/${Math.round(d)}`;

export function goalStatus(avg: HomeAverage, set: HomeThresholdSet): GoalStatus {
  if (!avg.sufficient || avg.systolic === undefined || avg.diastolic === undefined)
    return 'insufficient';
  return belowThreshold(avg.systolic, avg.diastolic, homeThreshold(set).home)
    ? 'at-goal'
    : 'above-goal';
}

function averagePhrase(avg: HomeAverage, goal: GoalStatus): string {
  const head = `Home average last ${avg.days} days`;
  if (avg.count === 0) return `No home readings in the last ${avg.days} days`;
  if (goal === 'insufficient' || avg.systolic === undefined || avg.diastolic === undefined) {
    return `${head} not available (${avg.count} usable readings; at least 12 morning and evening readings needed)`;
  }
  const n = `${avg.count.toLocaleString('en-US')} reading${avg.count === 1 ? '' : 's'}`;
  return `${head} ${mmHg(avg.systolic, avg.diastolic)} from ${n}, ${goal === 'at-goal' ? 'at goal' : 'above goal'}`;
}

function severePhrase(severe: readonly BpReading[], timeZone: string): string {
  const last = severe.at(-1);
  if (!last) return 'no severe readings';
  const on = dayMonth(last.time, timeZone);
  return severe.length === 1
    ? `1 severe reading on ${on}`
    : `${severe.length} severe readings, latest on ${on}`;
}

export function summarize(readings: readonly BpReading[], o: SummaryOptions): BpSummary {
  const shown = sliceByTime(readings, o.from, o.now);
  const averages = {
    7: homeAverage(readings, 7, o.now, o.timeZone),
    14: homeAverage(readings, 14, o.now, o.timeZone),
    30: homeAverage(readings, 30, o.now, o.timeZone),
  };
  const goal = goalStatus(averages[14], o.thresholdSet);
  const threshold = homeThreshold(o.thresholdSet).home;
  const comparison = compareOfficeHome(readings, averages[30], o.thresholdSet, o.now);
  const severe = shown.filter((r) => r.kind === 'single' && isSevere(r.systolic, r.diastolic));
  // An average panel (96607-7) is not a reading: the latest single reading is shown when there is one.
  const latestReading = readings.findLast((r) => r.kind === 'single') ?? readings.at(-1);
  const share = shareAtGoal(readings, threshold, o.from, o.now);
  let sentence: string;
  if (!latestReading) {
    sentence = 'No blood-pressure readings.';
  } else {
    const latest =
      averages[14].count === 0
        ? `; latest reading ${mmHg(latestReading.systolic, latestReading.diastolic)} on ${dayMonth(latestReading.time, o.timeZone)}`
        : '';
    sentence = `${averagePhrase(averages[14], goal)}${latest}; ${severePhrase(severe, o.timeZone)}.`;
  }
  return {
    ...(latestReading
      ? {
          latest: {
            reading: latestReading,
            category: categoryOf(latestReading.systolic, latestReading.diastolic),
          },
        }
      : {}),
    averages,
    goal,
    ...(share ? { share } : {}),
    ...(comparison ? { comparison } : {}),
    severe,
    matters: readingsThatMatter(shown, {
      homeAverage: averages[14],
      threshold,
      ...(comparison ? { comparison } : {}),
    }),
    sentence,
  };
}
