/**
 * The one FHIR date reader for every resource type (DESIGN, "Real charts are old, long and messy").
 *
 * FHIR `date` / `dateTime` / `instant` values come as `2021`, `2021-03`, `2021-03-04`, or a full time
 * with an offset (`2019-03-19T10:14:55-04:00`). A date without a time names a calendar day, not an
 * instant: reading `"2024-01-15"` as UTC midnight shows it as 14 January in every US time zone.
 *
 * So a partial or date-only value keeps its precision, and its sortable `t` is **noon UTC** of its first
 * day: any zone from UTC-11 to UTC+11 still puts that instant on the same calendar day, so day buckets
 * and sorting agree with the calendar, and display (`formatFhirDate`) prints the calendar fields
 * without any zone at all. Pure; never throws; anything else is `undefined`.
 * Source: FHIR R4 datatypes, https://hl7.org/fhir/R4/datatypes.html#dateTime
 */

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface FhirDate {
  /** The value as the server sent it. */
  text: string;
  precision: DatePrecision;
  /** Epoch ms: the instant for `time`; noon UTC of the first day for year / month / day precision. */
  t: number;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// Time with seconds optional (some servers drop them), fractions, and an offset or Z. A time without an
// offset is not valid FHIR; it is read as the browser's local time, the only reading it has.
const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Noon UTC of a calendar day: the day is the same for every zone from UTC-11 to UTC+11. */
export const calendarNoon = (year: number, month0: number, day: number) =>
  Date.UTC(year, month0, day, 12);

/** Reads a FHIR date, dateTime or instant; `undefined` for anything that is not one. */
export function readFhirDate(value: unknown): FhirDate | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const text = value.trim();
  const d = DATE_RE.exec(text);
  if (d) {
    const year = Number(d[1]);
    const month = d[2] === undefined ? 1 : Number(d[2]);
    const day = d[3] === undefined ? 1 : Number(d[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const t = calendarNoon(year, month - 1, day);
    // 2021-02-30 would roll into March: refuse it rather than show another day.
    if (new Date(t).getUTCDate() !== day) return undefined;
    const precision: DatePrecision = d[3] ? 'day' : d[2] ? 'month' : 'year';
    return { text, precision, t };
  }
  if (!TIME_RE.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) ? { text, precision: 'time', t } : undefined;
}

/** Epoch ms of a FHIR date value, or `undefined` (the common case in readers). */
export const fhirTime = (value: unknown): number | undefined => readFhirDate(value)?.t;
