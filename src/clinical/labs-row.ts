/**
 * One lab result as a table row and, when numeric, a trend point in the analyte's unit. Pure.
 * Flags: the server's interpretations with their meaning, else computed from the applicable range
 * (marked). Numbers at the analyte's precision, the stored value kept when rounding changed it.
 */
import type { DatePrecision } from '../fhir/fhir-date';
import type { LabRange, LabResult } from '../fhir/labs';
import type { Analyte } from './labs-analytes';
import { type LabFlag, chooseRange, computeFlag, isBroken, serverFlag } from './labs-flags';
import { bandText, printUnit, rangesText, valueText } from './labs-format';
import { formatComputed, tableDecimals } from './labs-precision';
import { type ConversionFacts, convertUnit, normalizeUcum } from './ucum';

export interface LabRow {
  id: string;
  t?: number;
  precision?: DatePrecision;
  name: string;
  /** At the analyte's precision: `5.4`, `<0.5`, `Trace`. */
  valueText: string;
  /** The value exactly as stored, when `valueText` rounded it (`71.40235581947214`). */
  storedValue?: string;
  /** The unit as sent, printed. */
  unit?: string;
  /** The value in the analyte's unit, when the server sent another unit and UCUM converted it. */
  converted?: { value: number; text: string; unit: string };
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
  precision?: DatePrecision;
  /** In the analyte's unit, unrounded (for drawing). */
  value: number;
  /** The same value as printed. */
  text: string;
  /** The applicable reference range at that point, in the analyte's unit. */
  low?: number;
  high?: number;
  /** That range as printed (`3.5–5.1`). */
  bandText?: string;
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

/**
 * The value in the analyte's unit `target`: through UCUM when it has a UCUM unit; a unit that is not
 * UCUM (or was refused as too long) cannot be converted; a bare number only when the analyte has no unit.
 */
function inTarget(
  v: { value: number; ucum?: string; unit?: string },
  target: string | undefined,
  f: ConversionFacts,
) {
  if (v.ucum) return target === undefined ? undefined : convertUnit(v.value, v.ucum, target, f);
  if (v.unit) return undefined;
  return target === undefined ? v.value : undefined;
}

export function readRow(
  r: LabResult,
  analyte: Analyte | undefined,
  target: string | undefined,
  opts: SummaryOptions,
): RowResult {
  const f = facts(analyte);
  const choice = chooseRange(r.ranges, opts.sex);
  const v = r.value;
  const rangeText = rangesText(r.ranges, analyte, isBroken);
  let flag = serverFlag(r.interpretations);
  const shown = valueText(v, analyte);
  const base = {
    id: r.id,
    ...(r.t !== undefined ? { t: r.t } : {}),
    ...(r.precision ? { precision: r.precision } : {}),
    name: r.name,
    valueText: shown.text,
    ...(shown.stored ? { storedValue: shown.stored } : {}),
    ...(rangeText ? { rangeText } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
  if (v.kind !== 'quantity') {
    return {
      row: { ...base, ...(flag ? { flag } : {}), unconvertible: false, inTrend: false },
      broken: choice.broken,
    };
  }
  const converted = inTarget(v, target, f);
  if (!flag && choice.range) {
    // Computed in the value's own unit, so an unconvertible value can still be flagged against its range.
    const low = bound(choice.range.low, v.ucum, v.ucum, f);
    const high = bound(choice.range.high, v.ucum, v.ucum, f);
    const usable =
      (!choice.range.low || low !== undefined) && (!choice.range.high || high !== undefined);
    if (usable) flag = computeFlag(v.value, v.comparator, low, high);
  }
  const differs = target !== undefined && v.ucum !== undefined && normalizeUcum(v.ucum) !== target;
  const decimals = tableDecimals(analyte, target);
  const t = r.t;
  const inTrend = !v.comparator && converted !== undefined && t !== undefined;
  const row: LabRow = {
    ...base,
    ...(v.unit ? { unit: printUnit(v.unit) } : {}),
    ...(differs && converted !== undefined
      ? {
          converted: {
            value: converted,
            text: formatComputed(converted, decimals),
            unit: printUnit(target) ?? '',
          },
        }
      : {}),
    ...(flag ? { flag } : {}),
    unconvertible: converted === undefined,
    inTrend,
  };
  if (!inTrend) return { row, broken: choice.broken };
  const low = choice.range ? bound(choice.range.low, v.ucum, target, f) : undefined;
  const high = choice.range ? bound(choice.range.high, v.ucum, target, f) : undefined;
  const band = bandText(low, high, decimals);
  const point: TrendPoint = {
    id: r.id,
    t,
    ...(r.precision ? { precision: r.precision } : {}),
    value: converted,
    text: differs ? formatComputed(converted, decimals) : shown.text,
    ...(low !== undefined ? { low } : {}),
    ...(high !== undefined ? { high } : {}),
    ...(band ? { bandText: band } : {}),
    ...(flag ? { flag } : {}),
  };
  return { row, point, broken: choice.broken };
}
