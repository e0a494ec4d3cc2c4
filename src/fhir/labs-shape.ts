/**
 * Shape checks for the labs reader: every field is checked for its JSON type before use, so a server that
 * sends `valueQuantity: "5.4"` or `code: []` gets a counted, explained "could not be read", never a throw
 * and never a wrong number on screen. Each reader returns the value, `undefined` when the field is
 * absent, or `ILL` when it is present with the wrong shape. Pure.
 */
import type { CodeableConcept, Coding } from 'fhir/r4';
import type { Comparator, LabQuantity } from './labs-types';

export const ILL = Symbol('ill-typed');
export type Ill = typeof ILL;
export type Read<T> = T | undefined | Ill;

/** Display strings are clamped: a 90 kB analyte name must not become a 90 kB row. */
export const MAX_NAME = 160;
export const MAX_TEXT = 400;
/** Units longer than this are refused before UCUM (a 90 kB unit string made UCUM parse for 8 s). */
export const MAX_UNIT = 64;

export function clampText(text: string, max: number): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An optional string field: absent, a string, or ill-typed. */
export function readString(v: unknown): Read<string> {
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : ILL;
}

function readCoding(v: unknown): Coding | Ill {
  if (!isRecord(v)) return ILL;
  const system = readString(v.system);
  const code = readString(v.code);
  const display = readString(v.display);
  if (system === ILL || code === ILL || display === ILL) return ILL;
  return {
    ...(system ? { system } : {}),
    ...(code ? { code } : {}),
    ...(display ? { display: clampText(display, MAX_NAME) } : {}),
  };
}

/** A CodeableConcept with only the fields the app uses, each checked (texts clamped). */
export function readConcept(v: unknown): Read<CodeableConcept> {
  if (v === undefined) return undefined;
  if (!isRecord(v)) return ILL;
  const text = readString(v.text);
  if (text === ILL) return ILL;
  let coding: Coding[] | undefined;
  if (v.coding !== undefined) {
    if (!Array.isArray(v.coding)) return ILL;
    coding = [];
    for (const c of v.coding as unknown[]) {
      const read = readCoding(c);
      if (read === ILL) return ILL;
      coding.push(read);
    }
  }
  return {
    ...(coding ? { coding } : {}),
    ...(text?.trim() ? { text: clampText(text, MAX_NAME) } : {}),
  };
}

/** An optional list of concepts (`interpretation`, `appliesTo`). */
export function readConcepts(v: unknown): Read<CodeableConcept[]> {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return ILL;
  const out: CodeableConcept[] = [];
  for (const c of v as unknown[]) {
    const read = readConcept(c);
    if (read === ILL || read === undefined) return ILL;
    out.push(read);
  }
  return out;
}

const COMPARATORS: readonly string[] = ['<', '<=', '>=', '>'];
const UCUM = 'http://unitsofmeasure.org';

/**
 * A Quantity. `undefined` when absent or when it carries no number (a unit alone is not a result).
 * A comparator outside FHIR's four is ill-typed: dropping it would turn "<0.5" into 0.5.
 * A unit longer than MAX_UNIT is kept for display (clamped) but never given to UCUM.
 */
export function readQuantity(v: unknown): Read<LabQuantity> {
  if (v === undefined) return undefined;
  if (!isRecord(v)) return ILL;
  const { value } = v;
  const comparator = readString(v.comparator);
  const unit = readString(v.unit);
  const code = readString(v.code);
  const system = readString(v.system);
  if (comparator === ILL || unit === ILL || code === ILL || system === ILL) return ILL;
  if (comparator !== undefined && !COMPARATORS.includes(comparator)) return ILL;
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return ILL;
  // A code in a non-UCUM system is not a UCUM unit; a bare `unit` might be, and conversion will tell.
  const ucum = code && (system === undefined || system === UCUM) ? code : unit;
  const shown = (unit ?? code)?.trim();
  return {
    value,
    ...(comparator ? { comparator: comparator as Comparator } : {}),
    ...(ucum?.trim() && ucum.length <= MAX_UNIT ? { ucum: ucum.trim() } : {}),
    ...(shown ? { unit: clampText(shown, MAX_UNIT) } : {}),
  };
}
