/**
 * Labs grouped by analyte, converted to each analyte's unit through UCUM, with ranges and flags.
 * Pure (the UCUM tables make it heavy: load this module lazily). What cannot be converted is shown as
 * sent and kept out of the trend, never silently mixed with converted values.
 */
import type { LabReadResult, LabResult } from '../fhir/labs';
import { analyteOf, groupKeyOf } from './labs-analytes';
import { printUnit } from './labs-format';
import {
  type LabRow,
  type SummaryOptions,
  type TrendPoint,
  facts,
  newestFirst,
  readRow,
} from './labs-row';
import { normalizeUcum } from './ucum';

export type { LabRow, SummaryOptions, TrendPoint } from './labs-row';

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

function summarizeGroup(key: string, results: LabResult[], opts: SummaryOptions): AnalyteSummary {
  results.sort(newestFirst);
  const newest = results[0] as LabResult;
  const analyte = analyteOf(newest.code);
  const f = facts(analyte);
  const firstUnit = results.flatMap((r) =>
    r.value.kind === 'quantity' && r.value.ucum ? [r.value.ucum] : [],
  )[0];
  const target = analyte?.preferredUnit ?? (firstUnit ? normalizeUcum(firstUnit) : undefined);
  const read = results.map((r) => readRow(r, target, f, opts));
  const rows = read.map((x) => x.row);
  const trend = read.flatMap((x) => (x.point ? [x.point] : []));
  const brokenRanges = read.reduce((n, x) => n + x.broken, 0);
  trend.reverse();
  const codes = [
    ...new Set(
      results.flatMap((r) => (r.code.coding ?? []).flatMap((c) => (c.code ? [c.code] : []))),
    ),
  ];
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
  const analytes = [...groups]
    .map(([key, list]) => summarizeGroup(key, list, opts))
    .sort(compareAnalytes);
  return {
    analytes,
    unreadable,
    unreadableIds,
    brokenRanges: analytes.reduce((n, a) => n + a.brokenRanges, 0),
    unconvertible: analytes.reduce((n, a) => n + a.unconvertible, 0),
  };
}

/** Case-insensitive search over names, codes and units. */
export function filterAnalytes(
  analytes: readonly AnalyteSummary[],
  query: string,
): AnalyteSummary[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...analytes];
  return analytes.filter(
    (a) =>
      a.name.toLowerCase().includes(q) ||
      a.codes.some((c) => c.toLowerCase().includes(q)) ||
      a.rows.some((r) => r.name.toLowerCase().includes(q)),
  );
}
