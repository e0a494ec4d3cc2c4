/**
 * Patient -> the banner's facts: name, birth date, sex, MRN (identifier type v2-0203 `MR`) and death.
 * Pure and total: JSON of any shape comes in (a name that is a string, `[null]`, an identifier that is
 * an object, a number for a birth date), typed facts come out, and every field that was present but
 * unreadable is listed with its reason. Never throws. Long strings are clamped for display.
 * Source: FHIR R4 Patient, https://hl7.org/fhir/R4/patient.html
 */
import { readFhirDate, type FhirDate } from './fhir-date';

/** Text clamped for display, with the full text for a tooltip when it is reasonably short. */
export interface DisplayText {
  text: string;
  title?: string;
}

export type Gender = 'male' | 'female' | 'other' | 'unknown';

export interface PatientFacts {
  name?: DisplayText;
  birth?: FhirDate;
  /** Administrative gender, the only sex the base resource carries. */
  gender?: Gender;
  mrn?: DisplayText;
  /** Present when the record says the patient has died; `at` when it says when. */
  deceased?: { at?: FhirDate };
  /** Fields present in the record but not readable, with why (shown, never silently dropped). */
  unreadable: { field: string; reason: string }[];
}

/** A 1 MB name must not reach the page: 200 characters shown, the full text as a title up to 1,000. */
export const DISPLAY_MAX = 200;
export const TITLE_MAX = 1000;

export function clampText(value: string, max = DISPLAY_MAX, titleMax = TITLE_MAX): DisplayText {
  const text = value.length > max * 4 ? value.slice(0, max * 4).trim() : value.trim();
  if (text.length <= max) return { text };
  const clamped = `${text.slice(0, max - 1).trimEnd()}…`;
  return value.length <= titleMax ? { text: clamped, title: value.trim() } : { text: clamped };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

const NAME_PREFERENCE: readonly (string | undefined)[] = [
  'official',
  'usual',
  undefined,
  'nickname',
];

interface NameParts {
  use?: string;
  text: string;
  ended: boolean;
}

function readName(v: unknown, now: number): NameParts | undefined {
  if (!isObject(v)) return undefined;
  const given = Array.isArray(v.given) ? v.given.filter(nonEmpty) : [];
  const parts = [...given, ...(nonEmpty(v.family) ? [v.family] : [])].map((p) => p.trim());
  const text = nonEmpty(v.text) ? v.text.trim() : parts.join(' ');
  if (text === '') return undefined;
  const end = isObject(v.period) ? readFhirDate(v.period.end) : undefined;
  return {
    ...(typeof v.use === 'string' ? { use: v.use } : {}),
    text,
    ended: end !== undefined && end.t <= now,
  };
}

/** The current official name (then usual, unspecified, nickname), as one display string. */
export function displayName(names: unknown, now: number): string | undefined {
  if (!Array.isArray(names)) return undefined;
  const read = names.map((n) => readName(n, now)).filter((n): n is NameParts => n !== undefined);
  const live = read.filter((n) => !n.ended);
  const pool = live.length > 0 ? live : read;
  const name = NAME_PREFERENCE.map((use) => pool.find((n) => n.use === use)).find(Boolean);
  return (name ?? pool[0])?.text;
}

const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
const isMrn = (id: Record<string, unknown>) =>
  isObject(id.type) &&
  Array.isArray(id.type.coding) &&
  id.type.coding.some(
    (c) => isObject(c) && c.code === 'MR' && (c.system === undefined || c.system === V2_0203),
  );

export function medicalRecordNumber(identifiers: unknown): string | undefined {
  if (!Array.isArray(identifiers)) return undefined;
  const id: unknown = (identifiers as unknown[]).find(
    (i) => isObject(i) && isMrn(i) && nonEmpty(i.value),
  );
  return isObject(id) && typeof id.value === 'string' ? id.value : undefined;
}

const GENDERS: readonly Gender[] = ['male', 'female', 'other', 'unknown'];

export function readPatient(raw: unknown, now: number): PatientFacts {
  const unreadable: PatientFacts['unreadable'] = [];
  const facts: PatientFacts = { unreadable };
  if (!isObject(raw) || raw.resourceType !== 'Patient') {
    unreadable.push({ field: 'patient record', reason: 'not a Patient resource' });
    return facts;
  }
  const drop = (field: string, reason: string) => unreadable.push({ field, reason });

  const name = displayName(raw.name, now);
  if (name !== undefined) facts.name = clampText(name);
  else if (raw.name !== undefined && !(Array.isArray(raw.name) && raw.name.length === 0))
    drop('name', 'not in a form the app can read');

  if (raw.birthDate !== undefined) {
    const birth = readFhirDate(raw.birthDate);
    if (birth) facts.birth = birth;
    else drop('birth date', 'not a date');
  }

  if (raw.gender !== undefined) {
    const gender = GENDERS.find((g) => g === raw.gender);
    if (gender) facts.gender = gender;
    else drop('sex', 'not a recognised value');
  }

  const mrn = medicalRecordNumber(raw.identifier);
  if (mrn !== undefined) facts.mrn = clampText(mrn, 60);
  else if (raw.identifier !== undefined && !Array.isArray(raw.identifier))
    drop('identifiers', 'not a list');

  if (raw.deceasedDateTime !== undefined) {
    const at = readFhirDate(raw.deceasedDateTime);
    // The record says the patient died even when the date cannot be read.
    facts.deceased = at ? { at } : {};
    if (!at) drop('date of death', 'not a date');
  } else if (raw.deceasedBoolean === true) {
    facts.deceased = {};
  } else if (raw.deceasedBoolean !== undefined && raw.deceasedBoolean !== false) {
    drop('deceased', 'not true or false');
  }
  return facts;
}

/** Epoch ms of death (for timelines to stop at), or undefined when alive or the date is unknown. */
export const deceasedAt = (facts: PatientFacts | undefined): number | undefined =>
  facts?.deceased?.at?.t;

const localDays = new Map<string, Intl.DateTimeFormat>();
/** Calendar year, month (1–12) and day of a value: its own fields when date-only, else in `timeZone`. */
function calendarOf(d: FhirDate, timeZone: string): [number, number, number] {
  if (d.precision !== 'time') {
    const u = new Date(d.t);
    return [u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate()];
  }
  let f = localDays.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    localDays.set(timeZone, f);
  }
  const [y, m, day] = f.format(d.t).split('-').map(Number);
  return [y ?? 0, m ?? 1, day ?? 1];
}

/**
 * Whole years from birth to `to` (now, or the date of death: no age is counted past death), by the
 * calendar; undefined when `to` is before birth or the age is not humanly possible (≥ 150).
 */
export function ageYears(
  birth: FhirDate,
  to: FhirDate | number,
  timeZone: string,
): number | undefined {
  const end = typeof to === 'number' ? { text: '', precision: 'time' as const, t: to } : to;
  const [by, bm, bd] = calendarOf(birth, timeZone);
  const [ty, tm, td] = calendarOf(end, timeZone);
  let age = ty - by;
  // A birth year alone counts from 1 January: the age may be one year high, never shown as exact.
  if (birth.precision !== 'year' && (tm < bm || (tm === bm && td < bd))) age--;
  return age >= 0 && age < 150 ? age : undefined;
}

export function sexLabel(gender: Gender | undefined): string | undefined {
  switch (gender) {
    case 'male':
      return 'Male';
    case 'female':
      return 'Female';
    case 'other':
      return 'Other';
    case 'unknown':
      return 'Unknown';
    case undefined:
      return undefined;
  }
}
