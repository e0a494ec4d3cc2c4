/**
 * One answer to "is blood pressure controlled?", with the evidence under it.
 *
 * - Home first: the 7-day protocol average (bp-average.ts) against the home goal (bp-goal.ts). Home
 *   monitoring is the guideline's preferred way to confirm control (2025 AHA/ACC guideline; 2017
 *   ACC/AHA section 4.2, "out-of-office BP measurements ... to confirm the diagnosis ... and to titrate").
 * - Without home readings in the last 30 days, office readings of the last 90 days decide, against the
 *   office goal, and the verdict says so.
 * - Otherwise no verdict, with what is missing: how many more home readings, and from which day.
 * Office readings are always compared with their OWN goal (never with the home goal), and stated. Pure.
 */
import type { BpReading } from '../fhir/bp-types';
import { type HomeAverage, protocolAverage } from './bp-average';
import { belowThreshold, mmHg } from './bp-category';
import { officeMean, recentOffice, OFFICE_LOOKBACK_DAYS, type OfficeMean } from './bp-compare';
import { type BpGoal, goalText } from './bp-goal';
import { type ProtocolShortfall, protocolShortfall } from './bp-protocol';
import { formatWhen } from './date-text';

export type Control = 'at-goal' | 'above-goal' | 'no-verdict';

export interface BpVerdict {
  control: Control;
  /** What decided it. */
  basis: 'home' | 'office' | 'none';
  /** "Above goal", "At goal", "No verdict yet". */
  headline: string;
  /** The deciding average, rounded: "134/83". */
  value?: string;
  /** One sentence, for the summary's first line and screen readers. */
  sentence: string;
  /** The facts under the headline, one line each (the goal has its own line). */
  evidence: string[];
  /** "Goal: below 130/80 at home, 130/80 in the office (2025 AHA/ACC guideline)". */
  goalLine: string;
  /** The goal judged against, with its source. */
  goal: BpGoal;
  average: HomeAverage;
  office?: OfficeMean & { atGoal: boolean; days: number };
  shortfall?: ProtocolShortfall;
}

export interface VerdictOptions {
  goal: BpGoal;
  now: number;
  timeZone: string;
  /** The protocol window did not fully load: its words (no verdict is claimed from part of it). */
  incomplete?: string;
  /** The home average of the last 30 days (already computed by the summary). */
  rolling30: HomeAverage;
  /** The patient has died: there is no control to judge and nothing to measure. */
  deceased?: boolean;
}

const plural = (n: number, one: string) =>
  `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

function periodText(avg: HomeAverage, o: VerdictOptions): string {
  const when = (t: number) => formatWhen(t, 'time', o);
  const dropped =
    avg.droppedFirstDay > 0
      ? `, first day left out (${plural(avg.droppedFirstDay, 'reading')})`
      : ', first day left out';
  const through = avg.endsYesterday ? ' (up to yesterday)' : '';
  return `${when(avg.from)} – ${when(avg.to)}${through}: ${plural(avg.count, 'reading')}, ${avg.morning} morning and ${avg.evening} evening${dropped}`;
}

type Office = OfficeMean & { atGoal: boolean; days: number };

function officeLine(office: Office, goal: BpGoal): string {
  const where = office.atGoal ? 'below' : 'at or above';
  return `Office: ${mmHg(office.systolic, office.diastolic)} from ${plural(office.count, 'reading')} in the last ${office.days} days, ${where} the office goal of ${goalText(goal.office)}`;
}

function sessionsText(s: ProtocolShortfall): string {
  if (s.needsMorning && s.needsEvening) return ' (morning and evening)';
  if (s.needsMorning) return ', at least one in the morning';
  if (s.needsEvening) return ', at least one in the evening';
  return '';
}

export function bpVerdict(readings: readonly BpReading[], o: VerdictOptions): BpVerdict {
  const { goal } = o;
  const average = protocolAverage(readings, o.now, o.timeZone);
  // The same office readings as the office/home comparison (bp-compare.ts): those of the last 30
  // days when there are any, else of the last 90.
  const in30 = officeMean(readings, o.rolling30.from, o.now);
  const om = in30 ?? recentOffice(readings, o.now);
  const office: Office | undefined = om
    ? {
        ...om,
        atGoal: belowThreshold(om.systolic, om.diastolic, goal.office),
        days: in30 ? 30 : OFFICE_LOOKBACK_DAYS,
      }
    : undefined;
  const goalLine = `Goal: below ${goalText(goal.home)} at home, ${goalText(goal.office)} in the office (${goal.sourceText}${goal.homeInterpolated ? '; home value interpolated from the guideline table' : ''})`;
  const withOffice = (lines: string[]) => (office ? [...lines, officeLine(office, goal)] : lines);
  const base = { goal, goalLine, average, ...(office ? { office } : {}) };

  if (o.deceased) {
    return {
      ...base,
      control: 'no-verdict',
      basis: 'none',
      headline: 'No current verdict',
      sentence: 'No verdict on control: the patient has died',
      evidence: withOffice([]),
    };
  }
  if (o.incomplete) {
    return {
      ...base,
      control: 'no-verdict',
      basis: 'none',
      headline: 'No verdict yet',
      sentence: `No verdict on control: ${o.incomplete}`,
      evidence: withOffice([]),
    };
  }
  if (average.sufficient && average.systolic !== undefined && average.diastolic !== undefined) {
    const at = belowThreshold(average.systolic, average.diastolic, goal.home);
    const value = mmHg(average.systolic, average.diastolic);
    return {
      ...base,
      control: at ? 'at-goal' : 'above-goal',
      basis: 'home',
      headline: at ? 'At goal' : 'Above goal',
      value,
      sentence: `${at ? 'At goal' : 'Above goal'}: home average ${value} over the last 7 days, goal below ${goalText(goal.home)}`,
      evidence: withOffice([periodText(average, o)]),
    };
  }
  if (o.rolling30.count === 0 && office) {
    const value = mmHg(office.systolic, office.diastolic);
    const head = office.atGoal ? 'At goal in the office' : 'Above goal in the office';
    return {
      ...base,
      control: office.atGoal ? 'at-goal' : 'above-goal',
      basis: 'office',
      headline: head,
      value,
      sentence: `${head}: ${value} from ${plural(office.count, 'office reading')}, goal below ${goalText(goal.office)}; no home readings in the last 30 days`,
      evidence: [officeLine(office, goal), 'No home readings in the last 30 days'],
    };
  }
  const shortfall = protocolShortfall(readings, o.now, o.timeZone);
  const need = shortfall
    ? `${plural(shortfall.more, 'more home reading')} needed${sessionsText(shortfall)}; measuring morning and evening, a 7-day average is possible from ${formatWhen(shortfall.readyDay, 'time', o)}`
    : 'A 7-day home average needs at least 12 morning and evening readings';
  return {
    ...base,
    control: 'no-verdict',
    basis: 'none',
    headline: 'No verdict yet',
    sentence: `No verdict on control yet: ${need}`,
    evidence: withOffice([
      `Last 7 days: ${plural(average.count, 'usable home reading')} of the 12 needed`,
      need,
    ]),
    ...(shortfall ? { shortfall } : {}),
  };
}
