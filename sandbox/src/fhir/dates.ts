/**
 * FHIR dates as ranges: `2024`, `2024-03`, `2024-03-05` and `2024-03-05T10:00` each stand for every instant
 * of their precision. Search prefixes compare ranges (FHIR R4 search §3.1.1.4.2); times without a zone
 * are read as UTC.
 */
export interface Range {
  start: number;
  /** Inclusive, in ms. */
  end: number;
}

const DATE_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * Whether every field names a real calendar instant: month 01-12, a day the month has (2024-02-30 is
 * not one), hour 00-23, minute and second 00-59, a zone of at most ±14:00 (FHIR R4 datatypes: dateTime
 * and instant follow xs:dateTime; Date.UTC would silently roll 2024-02-30 over to March 1st).
 */
function isCalendarDate(match: RegExpExecArray): boolean {
  const [, y, mo, d, h, mi, s, , tz] = match;
  const n = (p: string | undefined, fallback: number) => (p === undefined ? fallback : Number(p));
  const month = n(mo, 1);
  if (month < 1 || month > 12) return false;
  const day = n(d, 1);
  if (day < 1 || day > daysIn(Number(y), month - 1)) return false;
  if (n(h, 0) > 23 || n(mi, 0) > 59 || n(s, 0) > 59) return false;
  if (tz && tz !== 'Z') {
    const [hh, mm] = tz.slice(1).split(':').map(Number);
    if ((hh ?? 0) > 14 || (mm ?? 0) > 59 || ((hh ?? 0) === 14 && (mm ?? 0) > 0)) return false;
  }
  return true;
}

export function parseFhirDate(text: string): Range | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m || !isCalendarDate(m)) return undefined;
  const [, y, mo, d, h, mi, s, frac, tz] = m;
  const year = Number(y);
  const month = mo ? Number(mo) - 1 : 0;
  const day = d ? Number(d) : 1;
  const offset = tz && tz !== 'Z' ? zoneOffsetMs(tz) : 0;
  const ms = frac ? Math.round(Number(frac) * 1000) : 0;
  const start =
    Date.UTC(year, month, day, h ? Number(h) : 0, mi ? Number(mi) : 0, s ? Number(s) : 0, ms) -
    offset;
  if (Number.isNaN(start)) return undefined;
  let next: number;
  if (!mo) next = Date.UTC(year + 1, 0, 1);
  else if (!d) next = Date.UTC(year, month + 1, 1);
  else if (!h) next = Date.UTC(year, month, day + 1);
  else if (!s) return { start, end: start + 60_000 - 1 };
  else if (!frac) return { start, end: start + 999 };
  else return { start, end: start };
  return { start: start, end: next - offset - 1 };
}

function zoneOffsetMs(tz: string): number {
  const sign = tz.startsWith('-') ? -1 : 1;
  const [hh, mm] = tz.slice(1).split(':');
  return sign * (Number(hh) * 60 + Number(mm)) * 60_000;
}

export type DatePrefix = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le';
const PREFIXES: readonly DatePrefix[] = ['eq', 'ne', 'gt', 'lt', 'ge', 'le'];

export interface DateFilter {
  prefix: DatePrefix;
  range: Range;
}

/** `ge2024-01-01` → filter; undefined when the value is not a supported prefix + FHIR date. */
export function parseDateParam(value: string): DateFilter | undefined {
  const head = value.slice(0, 2);
  const prefix = PREFIXES.find((p) => p === head);
  const range = parseFhirDate(prefix ? value.slice(2) : value);
  return range ? { prefix: prefix ?? 'eq', range } : undefined;
}

export function matchesDate(filter: DateFilter, target: Range): boolean {
  const { start: ps, end: pe } = filter.range;
  switch (filter.prefix) {
    case 'eq':
      return target.start >= ps && target.end <= pe;
    case 'ne':
      return !(target.start >= ps && target.end <= pe);
    case 'gt':
      return target.end > pe;
    case 'ge':
      return target.end >= ps;
    case 'lt':
      return target.start < ps;
    case 'le':
      return target.start <= pe;
  }
}

/**
 * Bounds on a target's *start* that every match must satisfy, given the largest span (end - start) among
 * the targets: lets a date-sorted index be cut by binary search before the exact check.
 */
export function startBounds(
  filters: readonly DateFilter[],
  maxSpan: number,
): { low: number; high: number } {
  let low = -Number.MAX_VALUE;
  let high = Number.MAX_VALUE;
  for (const { prefix, range } of filters) {
    if (prefix === 'eq') low = Math.max(low, range.start);
    if (prefix === 'ge') low = Math.max(low, range.start - maxSpan);
    if (prefix === 'gt') low = Math.max(low, range.end + 1 - maxSpan);
    if (prefix === 'eq' || prefix === 'le') high = Math.min(high, range.end);
    if (prefix === 'lt') high = Math.min(high, range.start - 1);
  }
  return { low, high };
}
