/**
 * Reference ranges and flags. The server's `interpretation` is shown with its meaning; only when it is
 * absent and a usable numeric range exists does the app compute H/L/N itself, and says so (`computed`).
 */
import type { CodeableConcept } from 'fhir/r4';
import type { Comparator, LabInterpretation, LabRange } from '../fhir/labs';
import { type FlagSeverity, meaningOf, moreSevere } from './labs-interpretation';

export type { FlagSeverity } from './labs-interpretation';

export interface LabFlag {
  /** H, L, N, HH, LL, A, AA, B, ... joined when several (or the server's text when it sent no code). */
  code: string;
  /** The meaning in words ("Significantly high", "Better"). */
  label: string;
  severity: FlagSeverity;
  /** True when the app derived it from the range (no interpretation from the server). */
  computed: boolean;
}

/**
 * The server's interpretations as one flag: every code and meaning shown, the most severe deciding the
 * style ([H, U] is "High, Significant change up", abnormal). Meanings from labs-interpretation.ts.
 */
export function serverFlag(interpretations: readonly LabInterpretation[]): LabFlag | undefined {
  if (interpretations.length === 0) return undefined;
  const meanings = interpretations.map((i) => ({ i, m: meaningOf(i.code, i.system, i.text) }));
  return {
    code: meanings.map(({ i }) => i.code ?? i.text).join(' '),
    label: meanings.map(({ m }) => m.label).join(', '),
    severity: meanings.reduce<FlagSeverity>((s, { m }) => moreSevere(s, m.severity), 'neutral'),
    computed: false,
  };
}

const computed = (code: 'H' | 'L' | 'N'): LabFlag => ({
  code,
  label: code === 'H' ? 'High' : code === 'L' ? 'Low' : 'Normal',
  severity: code === 'N' ? 'normal' : 'abnormal',
  computed: true,
});

/**
 * H/L/N from a numeric value (same unit as the bounds). Range bounds are inclusive (FHIR
 * ObservationReferenceRange.low/high). A comparator value is flagged only when a bound decides it:
 * `<0.5` against low 1 is L; against only a high of 3 it is N; against 0.2-3 it is undecided.
 */
export function computeFlag(
  value: number,
  comparator: Comparator | undefined,
  low: number | undefined,
  high: number | undefined,
): LabFlag | undefined {
  if (low === undefined && high === undefined) return undefined;
  switch (comparator) {
    case undefined:
      if (low !== undefined && value < low) return computed('L');
      if (high !== undefined && value > high) return computed('H');
      return computed('N');
    case '<':
    case '<=':
      if (low !== undefined && (comparator === '<' ? value <= low : value < low))
        return computed('L');
      // Everything below `value` is under the high bound: within range unless a low bound could be missed.
      if (high !== undefined && value <= high && low === undefined) return computed('N');
      return undefined;
    case '>':
    case '>=':
      if (high !== undefined && (comparator === '>' ? value >= high : value > high))
        return computed('H');
      if (low !== undefined && value >= low && high === undefined) return computed('N');
      return undefined;
  }
}

/** SNOMED CT and administrative-gender codes for the sexes a range may apply to. */
const SEX_CODES: Record<'male' | 'female', readonly string[]> = {
  male: ['248153007', 'male', 'M'],
  female: ['248152002', 'female', 'F'],
};

function sexOf(appliesTo: readonly CodeableConcept[]): 'male' | 'female' | 'other' | undefined {
  if (appliesTo.length === 0) return undefined;
  for (const concept of appliesTo) {
    const codes = [...(concept.coding ?? []).map((c) => c.code), concept.text?.toLowerCase()];
    if (codes.some((c) => c && SEX_CODES.male.includes(c))) return 'male';
    if (codes.some((c) => c && SEX_CODES.female.includes(c))) return 'female';
  }
  return 'other';
}

export const isBroken = (r: LabRange) =>
  r.low !== undefined && r.high !== undefined && r.low.value > r.high.value;

/**
 * Range bounds are SimpleQuantity, which forbids a comparator (FHIR R4 datatypes, constraint sqty-1).
 * A bound such as low `<3.5` says nothing exact about where the range starts: the range is printed as
 * sent but never used to compute a flag or draw a band (unknown stays unknown).
 */
export const hasComparatorBound = (r: LabRange) =>
  r.low?.comparator !== undefined || r.high?.comparator !== undefined;

export interface RangeChoice {
  /** The numeric range used for the band and for computed flags, when one applies. */
  range?: LabRange;
  /** Ranges with low > high: ignored. */
  broken: number;
}

/**
 * The range that applies: a normal/recommended range (not a therapeutic one) whose `appliesTo` matches
 * what is known of the patient. Without appliesTo it applies to everyone; a sex-specific one only when the
 * patient's sex is known and matches; other populations (age, race, pregnancy) are never assumed.
 */
export function chooseRange(ranges: readonly LabRange[], sex?: 'male' | 'female'): RangeChoice {
  let broken = 0;
  let general: LabRange | undefined;
  let specific: LabRange | undefined;
  for (const r of ranges) {
    if (isBroken(r)) {
      broken++;
      continue;
    }
    if (r.type !== undefined && r.type !== 'normal' && r.type !== 'recommended') continue;
    if (!r.low && !r.high) continue;
    if (hasComparatorBound(r)) continue;
    const applies = sexOf(r.appliesTo);
    if (applies === undefined) general ??= r;
    else if (sex !== undefined && applies === sex) specific ??= r;
  }
  const range = specific ?? general;
  return { ...(range ? { range } : {}), broken };
}
