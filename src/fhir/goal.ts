/**
 * The patient's blood-pressure goal from FHIR Goal resources (R4, https://hl7.org/fhir/R4/goal.html).
 *
 * A BP goal is a Goal whose `target.measure` is systolic (LOINC 8480-6), diastolic (8462-4) or the BP
 * panel (85354-9 / 55284-4). The target value is `detailQuantity` (with `comparator` `<` or `<=`) or
 * `detailRange.high`; "130/80" in `detailString` or in the description text is read too (EHRs often
 * send only text). Values are "below" thresholds in whole mmHg: `<130` → 130, `<=129` or a range up to
 * 129 → 130, a bare 130 (no comparator) is read as the common "goal 130" = below 130.
 * Only goals the care team and patient hold now count: lifecycleStatus `active` or `accepted`
 * (`proposed`, `planned`, `on-hold`, `completed`, `cancelled`, `entered-in-error`, `rejected` do not).
 * The most recently set one wins. Pure and total: never throws, counts what it cannot read.
 */
import { hasCoding } from './coding';
import { LOINC, SYSTEM } from './codes';
import { readFhirDate, type FhirDate } from './fhir-date';

export interface BpGoalTarget {
  /** `Goal/<id>`. */
  id: string;
  systolic?: number;
  diastolic?: number;
  /** startDate, else statusDate: when it was set. */
  set?: FhirDate;
}

export interface GoalReadResult {
  goals: BpGoalTarget[];
  /** Goals about BP that could not be read, with why. */
  unreadable: { id: string; reason: string }[];
}

const HELD = new Set(['active', 'accepted']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : [];
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const PAIR = /(?<![\d/])(\d{2,3})\s*\/\s*(\d{2,3})(?![\d/])/;
/** Plausible goal values only (a typo of 1300 is not a goal). */
const plausible = (s: number, d: number) => s >= 90 && s <= 200 && d >= 50 && d <= 120 && d < s;

/** A "below" threshold from a quantity with a comparator (see the top of the file). */
function belowOf(q: Record<string, unknown> | undefined): number | undefined {
  const value = num(q?.value);
  if (value === undefined) return undefined;
  const comparator = str(q?.comparator);
  if (comparator === '>' || comparator === '>=') return undefined;
  return comparator === '<=' ? Math.floor(value) + 1 : Math.ceil(value);
}

function targetOf(t: Record<string, unknown>): { systolic?: number; diastolic?: number } {
  const measure = t.measure;
  const value =
    belowOf(isObject(t.detailQuantity) ? t.detailQuantity : undefined) ??
    (isObject(t.detailRange) && isObject(t.detailRange.high)
      ? belowOf({ ...t.detailRange.high, comparator: '<=' })
      : undefined);
  if (hasCoding(measure, SYSTEM.loinc, LOINC.systolic))
    return value !== undefined ? { systolic: value } : {};
  if (hasCoding(measure, SYSTEM.loinc, LOINC.diastolic))
    return value !== undefined ? { diastolic: value } : {};
  const text = str(t.detailString);
  const m = text ? PAIR.exec(text) : null;
  return m ? { systolic: Number(m[1]), diastolic: Number(m[2]) } : {};
}

const isBpMeasure = (t: Record<string, unknown>) =>
  hasCoding(
    t.measure,
    SYSTEM.loinc,
    LOINC.systolic,
    LOINC.diastolic,
    LOINC.bpPanel,
    LOINC.bpPanelLegacy,
  );

const mentionsBp = (text: string | undefined) =>
  text !== undefined && /blood pressure|\bBP\b/i.test(text);

export function readBpGoals(resources: readonly unknown[]): GoalReadResult {
  const goals: BpGoalTarget[] = [];
  const unreadable: GoalReadResult['unreadable'] = [];
  for (const r of resources) {
    if (!isObject(r) || r.resourceType !== 'Goal') continue;
    const id = `Goal/${str(r.id) ?? '?'}`;
    const targets = list(r.target);
    const description = isObject(r.description) ? str(r.description.text) : undefined;
    const aboutBp = targets.some(isBpMeasure) || mentionsBp(description);
    if (!aboutBp) continue;
    if (!HELD.has(str(r.lifecycleStatus) ?? '')) continue;
    let systolic: number | undefined;
    let diastolic: number | undefined;
    for (const t of targets) {
      const v = targetOf(t);
      systolic ??= v.systolic;
      diastolic ??= v.diastolic;
    }
    if (systolic === undefined || diastolic === undefined) {
      const m = description ? PAIR.exec(description) : null;
      if (m) {
        systolic ??= Number(m[1]);
        diastolic ??= Number(m[2]);
      }
    }
    if (systolic === undefined || diastolic === undefined || !plausible(systolic, diastolic)) {
      unreadable.push({ id, reason: 'no readable systolic and diastolic target' });
      continue;
    }
    const set = readFhirDate(r.startDate) ?? readFhirDate(r.statusDate);
    goals.push({ id, systolic, diastolic, ...(set ? { set } : {}) });
  }
  // Most recently set first; a goal without a date after dated ones.
  goals.sort((a, b) => (b.set?.t ?? -Infinity) - (a.set?.t ?? -Infinity));
  return { goals, unreadable };
}
