/**
 * One lab result as a table row and, when numeric, a trend point in the analyte's unit. Pure.
 * Flags: the server's interpretation as sent, else computed from the applicable range (marked).
 */
import type { LabRange, LabResult } from '../fhir/labs';
import type { Analyte } from './labs-analytes';
import { type LabFlag, chooseRange, computeFlag, isBroken, serverFlag } from './labs-flags';
import { printUnit, rangesText, valueText } from './labs-format';
import { type ConversionFacts, convertUnit, normalizeUcum, roundLab } from './ucum';

export interface LabRow {
  id: string;
  t?: number;
  name: string;
  /** As sent: `5.4`, `<0.5`, `Trace`. */
  valueText: string;
  /** The unit as sent. */
  unit?: string;
  /** The value in the analyte's unit, when the server sent another unit and UCUM converted it. */
  converted?: { value: number; unit: string };
  flag?: LabFlag;
  rangeText?: string;
  /** A quantity UCUM could not convert to the analyte's unit (unknown unit, no unit, no molar mass). */
  unconvertible: boolean;
  inTrend: boolean;
  note?: string;
}

export interface TrendPoint {
  id: string;
  t: number;
  value: number;
  /** The applicable reference range at that point, in the analyte's unit. */
  low?: number;
  high?: number;
  flag?: LabFlag;
}

export interface SummaryOptions {
  /** The patient's sex, when known: selects sex-specific reference ranges (`appliesTo`). */
  sex?: 'male' | 'female';
}

export const facts = (a: Analyte | undefined): ConversionFacts => ({
  ...(a?.molarMass !== undefined ? { molarMass: a.molarMass } : {}),
  ...(a?.charge !== undefined ? { charge: a.charge } : {}),
});

export const newestFirst = (a: { t?: number }, b: { t?: number }) =>
  (b.t ?? -Infinity) - (a.t ?? -Infinity);

/** A range bound in unit `to`; a bound without a unit is taken to be in the value's unit. */
function bound(
  q: LabRange['low'],
  valueUnit: string | undefined,
  to: string | undefined,
  f: ConversionFacts,
) {
  if (!q) return undefined;
  const from = q.ucum ?? valueUnit;
  if (from === undefined || to === undefined) return from === to ? q.value : undefined;
  return convertUnit(q.value, from, to, f);
}

export interface RowResult {
  row: LabRow;
  point?: TrendPoint;
  broken: number;
}

export function readRow(
  r: LabResult,
  target: string | undefined,
  f: ConversionFacts,
  opts: SummaryOptions,
): RowResult {
  const choice = chooseRange(r.ranges, opts.sex);
  const v = r.value;
  const rangeText = rangesText(r.ranges, isBroken);
  let flag: LabFlag | undefined = r.interpretation ? serverFlag(r.interpretation) : undefined;
  const base = {
    id: r.id,
    ...(r.t !== undefined ? { t: r.t } : {}),
    name: r.name,
    valueText: valueText(v),
    ...(rangeText ? { rangeText } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
  if (v.kind !== 'quantity') {
    return {
      row: { ...base, ...(flag ? { flag } : {}), unconvertible: false, inTrend: false },
      broken: choice.broken,
    };
  }
  const converted =
    target === undefined ? v.value : v.ucum ? convertUnit(v.value, v.ucum, target, f) : undefined;
  if (!flag && choice.range) {
    // Computed in the value's own unit, so an unconvertible value can still be flagged against its range.
    const low = bound(choice.range.low, v.ucum, v.ucum, f);
    const high = bound(choice.range.high, v.ucum, v.ucum, f);
    const usable =
      (!choice.range.low || low !== undefined) && (!choice.range.high || high !== undefined);
    if (usable) flag = computeFlag(v.value, v.comparator, low, high);
  }
  const differs = target !== undefined && v.ucum !== undefined && normalizeUcum(v.ucum) !== target;
  const t = r.t;
  const inTrend = !v.comparator && converted !== undefined && t !== undefined;
  const row: LabRow = {
    ...base,
    ...(v.unit ? { unit: printUnit(v.unit) } : {}),
    ...(differs && converted !== undefined
      ? { converted: { value: roundLab(converted), unit: printUnit(target) ?? '' } }
      : {}),
    ...(flag ? { flag } : {}),
    unconvertible: converted === undefined,
    inTrend,
  };
  if (!inTrend) return { row, broken: choice.broken };
  const low = bound(choice.range?.low, v.ucum, target, f);
  const high = bound(choice.range?.high, v.ucum, target, f);
  const point: TrendPoint = {
    id: r.id,
    t,
    value: differs ? roundLab(converted) : converted,
    ...(low !== undefined ? { low: roundLab(low) } : {}),
    ...(high !== undefined ? { high: roundLab(high) } : {}),
    ...(flag ? { flag } : {}),
  };
  return { row, point, broken: choice.broken };
}
