/**
 * Everything the summary shows, and the one sentence a screen reader reads first, e.g.
 * "Above goal: home average 138/86 over the last 7 days, goal below 130/80; 1 severe reading on 12 Mar."
 * The verdict on control is made once (bp-verdict.ts); everything else here is evidence.
 * Every date shows its year unless it is this year, and a date-only reading shows no time
 * (date-text.ts); the latest reading is always named with its age, whatever the period shown.
 */
import type { BpReading } from '../fhir/bp-types';
import { homeAverage, shareAtGoal, sliceByTime, type HomeAverage } from './bp-average';
import { categoryOf, isSevere, mmHg, type BpCategory } from './bp-category';
import type { BpGoal } from './bp-goal';
import { bpVerdict, type BpVerdict } from './bp-verdict';
import { compareOfficeHome, type OfficeHomeComparison } from './bp-compare';
import { readingsThatMatter, type ReadingThatMatters } from './bp-matters';
import type { Audience } from './bp-advice';
import { ageText, formatWhen } from './date-text';
import {
  incompleteText,
  latestKnown,
  windowComplete,
  type BpCoverage,
} from './bp-summary-coverage';
import { DAY } from './time';

export interface BpSummary {
  latest?: { reading: BpReading; category: BpCategory };
  averages: { 7: HomeAverage; 14: HomeAverage; 30: HomeAverage };
  /** The one verdict on control, with its evidence. */
  verdict: BpVerdict;
  share?: { share: number; atGoal: number; count: number };
  comparison?: OfficeHomeComparison;
  severe: BpReading[];
  matters: ReadingThatMatters[];
  sentence: string;
  /**
   * Present when pages are missing: which figures' windows did not fully load (true = incomplete),
   * and the words they show instead of a number or a claim of absence.
   */
  incomplete?: {
    averages: { 7: boolean; 14: boolean; 30: boolean };
    /** The period shown (share at goal, severe readings, readings that matter). */
    period: boolean;
    /** The newest loaded reading may not be the latest: it is named "latest loaded". */
    latest: boolean;
    text: string;
  };
}

export interface SummaryOptions {
  now: number;
  timeZone: string;
  /** The goal judged against (the patient's, the practice's or the guideline's: bp-goal.ts). */
  goal: BpGoal;
  /** The period shown (share at goal, severe count, readings that matter). */
  from: number;
  /** Who reads the advice (session mode); and whether the patient has died (then no advice). */
  audience: Audience;
  deceased: boolean;
  /** What span fully loaded (absent: everything did). */
  coverage?: BpCoverage;
}

/**
 * The latest reading of time-sorted readings. An average panel (96607-7) is not a reading: the latest
 * single reading is named when there is one.
 */
export const latestOf = (readings: readonly BpReading[]): BpReading | undefined =>
  readings.findLast((r) => r.kind === 'single') ?? readings.at(-1);

export { mmHg } from './bp-category';

/** `4 Jan 2021` / `12 Mar` / `12 Mar, 07:30` at the reading's own precision. */
export const readingDate = (
  r: Pick<BpReading, 'time' | 'datePrecision'>,
  o: { timeZone: string; now: number },
  withTime = false,
) => formatWhen(r.time, r.datePrecision, o, withTime);

/** "162/98 on 4 Jan 2021 (5 years ago)". */
export function latestPhrase(r: BpReading, o: { timeZone: string; now: number }): string {
  return `${mmHg(r.systolic, r.diastolic)} on ${readingDate(r, o)} (${ageText(r.time, o.now, o.timeZone)})`;
}

function severePhrase(severe: readonly BpReading[], o: SummaryOptions, missing?: string): string {
  const last = severe.at(-1);
  if (!last) return missing ? `severe readings in this period: ${missing}` : 'no severe readings';
  const on = readingDate(last, o);
  const loaded = missing ? ' loaded' : '';
  const count =
    severe.length === 1
      ? `1 severe reading${loaded} on ${on}`
      : `${severe.length} severe readings${loaded}, latest on ${on}`;
  return missing ? `${count} (${missing})` : count;
}

function incompleteOf(averages: BpSummary['averages'], o: SummaryOptions): BpSummary['incomplete'] {
  const c = o.coverage;
  if (c?.incomplete === undefined) return undefined;
  return {
    averages: {
      7: !windowComplete(c, averages[7].from),
      14: !windowComplete(c, averages[14].from),
      30: !windowComplete(c, averages[30].from),
    },
    period: !windowComplete(c, o.from),
    latest: !latestKnown(c),
    text: incompleteText(c),
  };
}

export function summarize(readings: readonly BpReading[], o: SummaryOptions): BpSummary {
  const shown = sliceByTime(readings, o.from, o.now);
  const averages = {
    7: homeAverage(readings, 7, o.now, o.timeZone),
    14: homeAverage(readings, 14, o.now, o.timeZone),
    30: homeAverage(readings, 30, o.now, o.timeZone),
  };
  const incomplete = incompleteOf(averages, o);
  const verdict = bpVerdict(readings, {
    goal: o.goal,
    now: o.now,
    timeZone: o.timeZone,
    rolling30: averages[30],
    deceased: o.deceased,
    ...(incomplete?.averages[7] ? { incomplete: incomplete.text } : {}),
  });
  const threshold = o.goal.home;
  // Office readings are looked for up to 90 days back (bp-compare.ts): that span must have loaded.
  const comparison =
    incomplete && (incomplete.averages[30] || !windowComplete(o.coverage, o.now - 90 * DAY))
      ? undefined
      : compareOfficeHome(readings, averages[30], o.goal, o.now);
  const severe = shown.filter((r) => r.kind === 'single' && isSevere(r.systolic, r.diastolic));
  const latestReading = latestOf(readings);
  const share = shareAtGoal(readings, threshold, o.from, o.now);
  const missing = incomplete?.text;
  let sentence: string;
  if (!latestReading) {
    sentence = missing ? `Blood-pressure readings: ${missing}.` : 'No blood-pressure readings.';
  } else {
    const which = incomplete?.latest ? 'latest loaded reading' : 'latest reading';
    const latest = verdict.basis !== 'home' ? `; ${which} ${latestPhrase(latestReading, o)}` : '';
    const sev = severePhrase(severe, o, incomplete?.period ? missing : undefined);
    sentence = `${verdict.sentence}${latest}; ${sev}.`;
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
    verdict,
    ...(share ? { share } : {}),
    ...(comparison ? { comparison } : {}),
    severe,
    matters: readingsThatMatter(shown, {
      // The home average against the goal is the verdict's to state, once: not repeated here.
      threshold,
      ...(comparison ? { comparison } : {}),
      advice: { now: o.now, audience: o.audience, deceased: o.deceased },
    }),
    sentence,
    ...(incomplete ? { incomplete } : {}),
  };
}
