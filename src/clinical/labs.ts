/**
 * Labs grouped by analyte, converted to each analyte's unit through UCUM, with ranges, flags, the
 * change since the previous result, and ranked (labs-change.ts). Pure (the UCUM tables make it heavy:
 * load this module lazily). What cannot be converted is shown as sent and kept out of the trend, never
 * silently mixed with converted values.
 */
import type { LabReadResult, LabResult, UnreadableLab } from '../fhir/labs';
import { analyteOf, groupKeyOf } from './labs-analytes';
import { type LabChange, type LabTier, changeOf, compareAnalytes, tierOf } from './labs-change';
import { printUnit } from './labs-format';
import {
  type LabRow,
  type SummaryOptions,
  type TrendPoint,
  newestFirst,
  readRow,
} from './labs-row';
import { normalizeUcum } from './ucum';

export type { LabRow, SummaryOptions, TrendPoint } from './labs-row';
export type { LabChange, LabTier } from './labs-change';
export { compareAnalytes } from './labs-change';

export interface AnalyteSummary {
  key: string;
  name: string;
  relevance?: number;
  /** Printed unit of the trend and converted values. */
  unit?: string;
  /** LOINC/other codes seen, for search. */
  codes: string[];
  latest: LabRow;
  /** Latest against the previous numeric result, when both are in the trend. */
  change?: LabChange;
  tier: LabTier;
  /** Newest first. */
  rows: LabRow[];
  /** Oldest first: numeric values in `unit`, without comparators, with a date. */
  trend: TrendPoint[];
  /** The latest point's reference band as printed (`3.5–5.1`, `≥ 60`), in `unit`. */
  bandText?: string;
  unconvertible: number;
  brokenRanges: number;
}

export interface LabsSummary {
  analytes: AnalyteSummary[];
  /** Results that could not be read, each with its reason. */
  unreadable: UnreadableLab[];
  brokenRanges: number;
  unconvertible: number;
}

function summarizeGroup(key: string, results: LabResult[], opts: SummaryOptions): AnalyteSummary {
  results.sort(newestFirst);
  const newest = results[0] as LabResult;
  const analyte = analyteOf(newest.code);
  const firstUnit = results.flatMap((r) =>
    r.value.kind === 'quantity' && r.value.ucum ? [r.value.ucum] : [],
  )[0];
  const target = analyte?.preferredUnit ?? (firstUnit ? normalizeUcum(firstUnit) : undefined);
  const read = results.map((r) => readRow(r, analyte, target, opts));
  const rows = read.map((x) => x.row);
  const trend = read.flatMap((x) => (x.point ? [x.point] : [])).reverse();
  const latest = rows[0] as LabRow;
  const change = changeOf(latest, trend, analyte);
  const unit = printUnit(target);
  const bandText = trend.at(-1)?.bandText;
  const codes = [
    ...new Set(
      results.flatMap((r) => (r.code.coding ?? []).flatMap((c) => (c.code ? [c.code] : []))),
    ),
  ];
  return {
    key,
    name: analyte?.name ?? newest.name,
    ...(analyte?.relevance !== undefined ? { relevance: analyte.relevance } : {}),
    ...(unit ? { unit } : {}),
    codes,
    latest,
    ...(change ? { change } : {}),
    tier: tierOf(latest.flag, change),
    rows,
    trend,
    ...(bandText ? { bandText } : {}),
    unconvertible: rows.filter((r) => r.unconvertible).length,
    brokenRanges: read.reduce((n, x) => n + x.broken, 0),
  };
}

export function summarizeLabs(read: LabReadResult, opts: SummaryOptions = {}): LabsSummary {
  const groups = new Map<string, LabResult[]>();
  const unreadable = [...read.unreadable];
  for (const r of read.results) {
    const key = groupKeyOf(r.code);
    if (key === undefined) {
      unreadable.push({ label: r.id, reason: 'no test code' });
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
    brokenRanges: analytes.reduce((n, a) => n + a.brokenRanges, 0),
    unconvertible: analytes.reduce((n, a) => n + a.unconvertible, 0),
  };
}

/** Case-insensitive search over the analyte name, its codes and each result's own name. */
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
