/**
 * Labs grouped by analyte, converted to each analyte's unit through UCUM, with ranges and flags.
 * Pure (the UCUM tables make it heavy: load this module lazily). What cannot be converted is shown as
 * sent and kept out of the trend, never silently mixed with converted values.
 */
import type { LabRange, LabReadResult, LabResult } from '../fhir/labs';
import { type Analyte, analyteOf, groupKeyOf } from './labs-analytes';
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

export interface AnalyteSummary {
  key: string;
  name: string;
  relevance?: number;
  /** Printed unit of the trend and converted values. */
  unit?: string;
  /** LOINC/other codes seen, for search. */
  codes: string[];
  latest: LabRow;
  /** Newest first. */
  rows: LabRow[];
  /** Oldest first: numeric values in `unit`, without comparators, with a date. */
  trend: TrendPoint[];
  unconvertible: number;
  brokenRanges: number;
}

export interface LabsSummary {
  analytes: AnalyteSummary[];
  unreadable: number;
  /** `Observation/<id>` of the results that could not be read. */
  unreadableIds: string[];
  brokenRanges: number;
  unconvertible: number;
}

export interface SummaryOptions {
  /** The patient's sex, when known: selects sex-specific reference ranges (`appliesTo`). */
  sex?: 'male' | 'female';
}

const facts = (a: Analyte | undefined): ConversionFacts => ({
  ...(a?.molarMass !== undefined ? { molarMass: a.molarMass } : {}),
  ...(a?.charge !== undefined ? { charge: a.charge } : {}),
});

const newestFirst = (a: { t?: number }, b: { t?: number }) => (b.t ?? -Infinity) - (a.t ?? -Infinity);

/** A range bound in unit `to`; a bound without a unit is taken to be in the value's unit. */
function bound(q: LabRange['low'], valueUnit: string | undefined, to: string | undefined, f: ConversionFacts) {
  if (!q) return undefined;
  const from = q.ucum ?? valueUnit;
  if (from === undefined || to === undefined) return from === to ? q.value : undefined;
  return convertUnit(q.value, from, to, f);
}

interface RowResult {
  row: LabRow;
  point?: TrendPoint;
  broken: number;
}

function readRow(r: LabResult, target: string | undefined, f: ConversionFacts, opts: SummaryOptions): RowResult {
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
    return { row: { ...base, ...(flag ? { flag } : {}), unconvertible: false, inTrend: false }, broken: choice.broken };
  }
  const converted = target === undefined ? v.value : v.ucum ? convertUnit(v.value, v.ucum, target, f) : undefined;
  if (!flag && choice.range) {
    // Computed in the value's own unit, so an unconvertible value can still be flagged against its range.
    const low = bound(choice.range.low, v.ucum, v.ucum, f);
    const high = bound(choice.range.high, v.ucum, v.ucum, f);
    const usable = (!choice.range.low || low !== undefined) && (!choice.range.high || high !== undefined);
    if (usable) flag = computeFlag(v.value, v.comparator, low, high);
  }
  const differs = target !== undefined && v.ucum !== undefined && normalizeUcum(v.ucum) !== target;
  const t = r.t;
  const inTrend = !v.comparator && converted !== undefined && t !== undefined;
  const row: LabRow = {
    ...base,
    ...(v.unit ? { unit: printUnit(v.unit) } : {}),
    ...(differs && converted !== undefined ? { converted: { value: roundLab(converted), unit: printUnit(target) ?? '' } } : {}),
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

function summarizeGroup(key: string, results: LabResult[], opts: SummaryOptions): AnalyteSummary {
  results.sort(newestFirst);
  const newest = results[0] as LabResult;
  const analyte = analyteOf(newest.code);
  const f = facts(analyte);
  const firstUnit = results.flatMap((r) => (r.value.kind === 'quantity' && r.value.ucum ? [r.value.ucum] : []))[0];
  const target = analyte?.preferredUnit ?? (firstUnit ? normalizeUcum(firstUnit) : undefined);
  const read = results.map((r) => readRow(r, target, f, opts));
  const rows = read.map((x) => x.row);
  const trend = read.flatMap((x) => (x.point ? [x.point] : []));
  const brokenRanges = read.reduce((n, x) => n + x.broken, 0);
  trend.reverse();
  const codes = [...new Set(results.flatMap((r) => (r.code.coding ?? []).flatMap((c) => (c.code ? [c.code] : []))))];
  const unit = printUnit(target);
  return {
    key,
    name: analyte?.name ?? newest.name,
    ...(analyte?.relevance !== undefined ? { relevance: analyte.relevance } : {}),
    ...(unit ? { unit } : {}),
    codes,
    latest: rows[0] as LabRow,
    rows,
    trend,
    unconvertible: rows.filter((r) => r.unconvertible).length,
    brokenRanges,
  };
}

/** Hypertension-relevant analytes first (in the table's order), then the rest alphabetically. */
export function compareAnalytes(a: AnalyteSummary, b: AnalyteSummary): number {
  if (a.relevance !== undefined || b.relevance !== undefined) {
    return (a.relevance ?? Infinity) - (b.relevance ?? Infinity);
  }
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}

export function summarizeLabs(read: LabReadResult, opts: SummaryOptions = {}): LabsSummary {
  const groups = new Map<string, LabResult[]>();
  let unreadable = read.unreadable;
  const unreadableIds = [...read.unreadableIds];
  for (const r of read.results) {
    const key = groupKeyOf(r.code);
    if (key === undefined) {
      unreadable++;
      unreadableIds.push(r.id);
      continue;
    }
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  const analytes = [...groups].map(([key, list]) => summarizeGroup(key, list, opts)).sort(compareAnalytes);
  return {
    analytes,
    unreadable,
    unreadableIds,
    brokenRanges: analytes.reduce((n, a) => n + a.brokenRanges, 0),
    unconvertible: analytes.reduce((n, a) => n + a.unconvertible, 0),
  };
}

/** Case-insensitive search over names, codes and units. */
export function filterAnalytes(analytes: readonly AnalyteSummary[], query: string): AnalyteSummary[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...analytes];
  return analytes.filter(
    (a) =>
      a.name.toLowerCase().includes(q) ||
      a.codes.some((c) => c.toLowerCase().includes(q)) ||
      a.rows.some((r) => r.name.toLowerCase().includes(q)),
  );
}
