/**
 * The rules behind the attention strip (attention.ts ranks them). Each cites its source. Pure.
 */
import type { BpReading } from '../fhir/bp-types';
import type { MedicationEntry } from '../fhir/medications';
import type { AttentionInput, AttentionItem } from './attention';
import { protocolAverage, sliceByTime } from './bp-average';
import { belowThreshold, isSevere, mmHg } from './bp-category';
import type { BpGoal } from './bp-goal';
import { RAISING_LABEL, raisingGroupsOf } from './bp-raising-drugs';
import { ageText, formatWhen } from './date-text';
import type { AnalyteSummary, TrendPoint } from './labs';
import { dedupeMedications } from './medications';
import type { DrugClass } from './medications-classes';
import { statusRule } from './medications-status';
import { type ChangeEvent, medicationTimeline } from './medications-timeline';
import { DAY } from './time';

type When = Pick<AttentionInput, 'now' | 'timeZone'>;
type Meds = NonNullable<AttentionInput['meds']>;

const day = (t: number, o: When) => formatWhen(t, 'time', o);
const pct = (x: number) => `${Math.round(x * 100)} %`;
const find = (analytes: readonly AnalyteSummary[], key: string) =>
  analytes.find((a) => a.key === key);

/**
 * Critical values: the latest result flagged critical (HH, LL, AA: HL7 v3 ObservationInterpretation,
 * "immediate action should be considered for patient safety"). Only the latest result of each test: a
 * critical value since repeated as normal is history, not an action.
 */
export function criticalLabs(analytes: readonly AnalyteSummary[], o: When): AttentionItem[] {
  return analytes.flatMap((a): AttentionItem[] => {
    const row = a.latest;
    if (row.flag?.severity !== 'critical') return [];
    const when =
      row.t !== undefined ? `${day(row.t, o)} (${ageText(row.t, o.now, o.timeZone)})` : '';
    return [
      {
        kind: 'critical-lab',
        key: `critical-${a.key}`,
        severity: 'critical',
        title: `${a.name} ${row.valueText}${row.unit ? ` ${row.unit}` : ''}: ${row.flag.label.toLowerCase()}`,
        detail: `Latest result${when ? `, ${when}` : ''}. A critical value calls for action the same day.`,
        evidence: { kind: 'lab', key: a.key },
      },
    ];
  });
}

/**
 * Severe readings of the last 7 days (>180 and/or >120: ACC/AHA 2017 section 11.2). Older severe
 * readings are in the BP panel's list; here only what may be going on now.
 */
export function recentSevere(readings: readonly BpReading[], o: When): AttentionItem[] {
  const severe = sliceByTime(readings, o.now - 7 * DAY, o.now).filter(
    (r) => r.kind === 'single' && isSevere(r.systolic, r.diastolic),
  );
  const top = severe.reduce<BpReading | undefined>(
    (m, r) => (!m || r.systolic > m.systolic ? r : m),
    undefined,
  );
  if (!top) return [];
  const n = severe.length;
  return [
    {
      kind: 'severe-reading',
      key: 'severe-7d',
      severity: 'critical',
      title: `${n} severe reading${n === 1 ? '' : 's'} in the last 7 days`,
      detail: `Highest ${mmHg(top.systolic, top.diastolic)} on ${formatWhen(top.time, top.datePrecision, o, true)}. Above 180/120: assess for symptoms and target-organ damage (ACC/AHA 2017, 11.2).`,
      evidence: { kind: 'bp', readingId: top.id },
    },
  ];
}

/** Classes that change potassium and kidney function: RAAS blockers, MRAs and diuretics. */
const RENAL_CLASSES: ReadonlySet<DrugClass> = new Set([
  'ace-inhibitor',
  'arb',
  'mra',
  'thiazide',
  'loop-diuretic',
]);
/** KDIGO 2021 BP in CKD (rec. 3.2.1–3.2.2): check 2–4 weeks after; we look up to 12 weeks after. */
export const FOLLOW_UP_DAYS = 90;
/** A baseline older than a year says little about the patient before the change. */
const BASELINE_DAYS = 365;

interface Change {
  event: ChangeEvent;
  lane: string;
}

function changeWords(c: Change): string {
  const drug = c.lane.toLowerCase();
  return c.event.kind === 'start'
    ? `starting ${drug}`
    : c.event.kind === 'switch'
      ? `the switch to ${drug}`
      : `the ${drug} dose change`;
}

/** The latest start, dose change or switch of a renal-acting drug up to FOLLOW_UP_DAYS before `t`. */
function changeBefore(t: number, meds: Meds): Change | undefined {
  const timeline = medicationTimeline(
    meds.entries,
    meds.deceasedAt !== undefined ? { deceasedAt: meds.deceasedAt } : {},
  );
  let best: Change | undefined;
  for (const lane of timeline.lanes) {
    if (!RENAL_CLASSES.has(lane.drugClass)) continue;
    for (const e of lane.events) {
      if (e.kind === 'stop' || e.t > t || t - e.t > FOLLOW_UP_DAYS * DAY) continue;
      if (!best || e.t > best.event.t) best = { event: e, lane: lane.key };
    }
  }
  return best;
}

const baselineOf = (trend: readonly TrendPoint[], before: number) =>
  trend.findLast((p) => p.t < before && before - p.t <= BASELINE_DAYS * DAY);
const isHigh = (p: TrendPoint) => p.flag !== undefined && /H/.test(p.flag.code);
const isLow = (p: TrendPoint) => p.flag !== undefined && /L/.test(p.flag.code);
const flagged = (p: TrendPoint) => (p.flag ? ` (${p.flag.label})` : '');

/** Hyperkalaemia: above 5.0 mmol/L (KDIGO 2024 CKD guideline, potassium section). */
export const HIGH_POTASSIUM = 5.0;

/**
 * Potassium after starting or increasing a RAAS blocker, MRA or diuretic (KDIGO 2021): high, or a
 * planned / current MRA while potassium is high (spironolactone and eplerenone labelling: do not start
 * above 5.0 mmol/L).
 */
export function potassiumAfterChange(
  analytes: readonly AnalyteSummary[],
  meds: Meds,
  o: When,
): AttentionItem[] {
  const a = find(analytes, 'potassium');
  const p = a?.trend.at(-1);
  if (!a || !p) return [];
  const high = isHigh(p) || p.value > HIGH_POTASSIUM;
  if (!high) return [];
  const out: AttentionItem[] = [];
  const unit = a.unit ? ` ${a.unit}` : '';
  const change = changeBefore(p.t, meds);
  if (change) {
    const base = baselineOf(a.trend, change.event.t);
    const days = Math.round((p.t - change.event.t) / DAY);
    out.push({
      kind: 'potassium',
      key: 'potassium-after-change',
      severity: 'warning',
      title: `Potassium ${p.text}${unit}${flagged(p)} after ${changeWords(change)}`,
      detail: `${day(p.t, o)}, ${days} days after ${change.event.summary} (${day(change.event.t, o)})${base ? `; ${base.text}${unit} before it, on ${day(base.t, o)}` : ''}. KDIGO 2021: recheck potassium and creatinine after starting or increasing an ACE inhibitor, ARB, MRA or diuretic.`,
      evidence: { kind: 'lab', key: a.key },
    });
  }
  for (const m of dedupeMedications(meds.entries)) {
    const meaning = statusRule(m).meaning;
    if (!m.classes.includes('mra') || (meaning !== 'planned' && meaning !== 'taking')) continue;
    out.push({
      kind: 'potassium',
      key: `potassium-mra-${m.id}`,
      severity: 'warning',
      title: `${m.name} is ${meaning === 'planned' ? 'planned' : 'taken'} while potassium is ${p.text}${unit}`,
      detail: `Mineralocorticoid antagonists raise potassium; their labelling advises against starting them above ${HIGH_POTASSIUM.toFixed(1)} mmol/L.`,
      evidence: { kind: 'medication', id: m.id },
    });
  }
  return out;
}

/**
 * KDIGO 2021 BP in CKD, practice point 3.2.3: a creatinine rise of more than 30 % warrants review.
 * Compared as the whole percent shown, so "up 30 %" is never flagged as more than 30 %.
 */
export const CREATININE_RISE = 0.3;

/** Creatinine and eGFR after a change of a RAAS blocker, MRA or diuretic. */
export function kidneyAfterChange(
  analytes: readonly AnalyteSummary[],
  meds: Meds,
  o: When,
): AttentionItem[] {
  const cr = find(analytes, 'creatinine');
  const gfr = find(analytes, 'egfr');
  const c = cr?.trend.at(-1);
  const g = gfr?.trend.at(-1);
  const latest = c ?? g;
  if (!latest) return [];
  const change = changeBefore(latest.t, meds);
  if (!change) return [];
  const cBase = c && cr ? baselineOf(cr.trend, change.event.t) : undefined;
  const gBase = g && gfr ? baselineOf(gfr.trend, change.event.t) : undefined;
  const rise = c && cBase && cBase.value > 0 ? (c.value - cBase.value) / cBase.value : undefined;
  const creatinineConcern =
    c !== undefined &&
    c.t >= change.event.t &&
    (Math.round((rise ?? 0) * 100) > CREATININE_RISE * 100 || (isHigh(c) && (rise ?? 0) > 0));
  const gfrConcern =
    g !== undefined && g.t >= change.event.t && isLow(g) && (!gBase || g.value < gBase.value);
  if (!creatinineConcern && !gfrConcern) return [];
  const parts: string[] = [];
  const titleParts: string[] = [];
  if (c && cr) {
    const unit = cr.unit ? ` ${cr.unit}` : '';
    const up = rise !== undefined && rise > 0 ? `, up ${pct(rise)} from ${cBase?.text ?? ''}` : '';
    parts.push(`creatinine ${c.text}${unit}${flagged(c)}${up}`);
    titleParts.push(
      rise !== undefined && rise > 0 ? `Creatinine up ${pct(rise)}` : `Creatinine ${c.text}${unit}`,
    );
  }
  if (g && gfr) {
    parts.push(`eGFR ${g.text}${flagged(g)}${gBase ? `, from ${gBase.text}` : ''}`);
    titleParts.push(`eGFR ${g.text}${flagged(g)}`);
  }
  // Capitalised in place: a title that starts with eGFR keeps its spelling.
  const title = titleParts.join(' and ');
  return [
    {
      kind: 'kidney',
      key: 'kidney-after-change',
      severity: 'warning',
      title: `${title} after ${changeWords(change)}`,
      detail: `${parts.join('; ')} (latest ${day(latest.t, o)}; ${change.event.summary} on ${day(change.event.t, o)}). KDIGO 2021: a creatinine rise of more than 30 % after starting or increasing a RAAS blocker warrants review.`,
      evidence: { kind: 'lab', key: cr && c ? cr.key : (gfr?.key ?? 'egfr') },
    },
  ];
}

/** Medicines taken now that can raise BP (ACC/AHA 2017 Table 12). */
export function bpRaisingMedicines(entries: readonly MedicationEntry[]): AttentionItem[] {
  const list = dedupeMedications(entries).filter((m) => statusRule(m).meaning === 'taking');
  const raas = list.some((m) => m.classes.includes('ace-inhibitor') || m.classes.includes('arb'));
  const diuretic = list.some((m) =>
    m.classes.some((c) => c === 'thiazide' || c === 'loop-diuretic' || c === 'mra'),
  );
  return list.flatMap((m): AttentionItem[] => {
    const groups = raisingGroupsOf(m.name);
    const first = groups[0];
    if (!first) return [];
    // NSAID + RAAS blocker + diuretic: the combination that injures kidneys (the "triple whammy";
    // Lapi F et al., BMJ 2013;346:e8525).
    const triple =
      first.group === 'nsaid' && raas && diuretic
        ? ' Taken with an ACE inhibitor or ARB and a diuretic, it also raises the risk of acute kidney injury.'
        : '';
    return [
      {
        kind: 'bp-raising-medicine',
        key: `raising-${m.id}`,
        severity: 'warning',
        title: `${m.name}: ${RAISING_LABEL[first.group]}, can raise blood pressure`,
        detail: `Listed among medicines that raise BP (ACC/AHA 2017, Table 12): consider stopping it or an alternative.${triple}`,
        evidence: { kind: 'medication', id: m.id },
      },
    ];
  });
}

/**
 * Clinical inertia: the home average above goal in each of the last 4 weeks with no change of any
 * antihypertensive. The 2017 and 2025 AHA/ACC guidelines advise monthly follow-up and treatment
 * adjustment until BP is controlled.
 */
export function clinicalInertia(
  readings: readonly BpReading[],
  meds: Meds,
  goal: BpGoal,
  o: When,
): AttentionItem[] {
  const weeks = [0, 1, 2, 3].map((k) => protocolAverage(readings, o.now - k * 7 * DAY, o.timeZone));
  const above = weeks.every(
    (w) =>
      w.sufficient &&
      w.systolic !== undefined &&
      w.diastolic !== undefined &&
      !belowThreshold(w.systolic, w.diastolic, goal.home),
  );
  if (!above) return [];
  const since = weeks.at(-1)?.from ?? o.now - 28 * DAY;
  const timeline = medicationTimeline(
    meds.entries,
    meds.deceasedAt !== undefined ? { deceasedAt: meds.deceasedAt } : {},
  );
  const last = timeline.events.findLast((e) => e.t <= o.now);
  if (last && last.t >= since) return [];
  const figures = weeks.map((w) => mmHg(w.systolic ?? 0, w.diastolic ?? 0)).join(', ');
  return [
    {
      kind: 'inertia',
      key: 'inertia',
      severity: 'warning',
      title: 'Above goal for 4 weeks with no medication change',
      detail: `Weekly home averages ${figures} (newest first) against a goal below ${goal.home.systolic}/${goal.home.diastolic}; ${last ? `last change: ${last.summary}, ${day(last.t, o)} (${ageText(last.t, o.now, o.timeZone)})` : 'no antihypertensive change in the record'}.`,
      evidence: { kind: 'bp' },
    },
  ];
}

/**
 * No urine albumin-to-creatinine ratio in the last year: the 2025 AHA/ACC guideline adds UACR to the
 * evaluation of every adult with hypertension (albuminuria marks kidney damage and cardiovascular risk).
 */
export function noRecentUacr(analytes: readonly AnalyteSummary[], o: When): AttentionItem[] {
  const a = find(analytes, 'uacr');
  const t = a?.latest.t;
  if (t !== undefined && o.now - t <= 365 * DAY) return [];
  return [
    {
      kind: 'no-uacr',
      key: 'no-uacr',
      severity: 'info',
      title: 'No urine albumin/creatinine ratio in the last year',
      detail: `${t !== undefined ? `Last one ${day(t, o)} (${ageText(t, o.now, o.timeZone)}).` : 'None in the results read.'} The 2025 AHA/ACC guideline recommends it for adults with hypertension.`,
      evidence: a ? { kind: 'lab', key: a.key } : { kind: 'labs' },
    },
  ];
}
