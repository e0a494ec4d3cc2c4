/** What the store and the search read out of a resource: its patient, codes, tokens and date. */
import { parseFhirDate, type Range } from './dates';
import { asArray, asRecord, asString, records, type Json } from './json';

export interface Token {
  system?: string;
  code: string;
}

/** Types that live in a patient's compartment (patient/ scopes confine them to the launch patient). */
export const COMPARTMENT_TYPES: ReadonlySet<string> = new Set([
  'Patient',
  'Observation',
  'Condition',
  'Encounter',
  'Goal',
  'MedicationRequest',
  'MedicationStatement',
  'Device',
]);

/** `Patient/x`, `x` or `<base>/Patient/x` → `x`. */
export function patientIdOf(reference: string): string | undefined {
  const parts = reference.split('/');
  const id = parts.at(-1);
  if (!id) return undefined;
  if (parts.length === 1) return id;
  return parts.at(-2) === 'Patient' ? id : undefined;
}

export function patientOf(resource: Json): string | undefined {
  const type = asString(resource.resourceType);
  if (type === 'Patient') return asString(resource.id);
  const ref = asRecord(
    type === 'Device' ? resource.patient : (resource.subject ?? resource.patient),
  );
  const text = asString(ref?.reference);
  return text?.includes('/') ? patientIdOf(text) : undefined;
}

function codingTokens(concepts: unknown): Token[] {
  // Plain loops: this runs for every resource at start-up (100,000+), so no intermediate arrays.
  const out: Token[] = [];
  for (const concept of Array.isArray(concepts) ? (concepts as unknown[]) : [concepts]) {
    const codings = asRecord(concept)?.coding;
    if (!Array.isArray(codings)) continue;
    for (const item of codings as unknown[]) {
      const coding = asRecord(item);
      const code = asString(coding?.code);
      if (!code) continue;
      const system = asString(coding?.system);
      out.push(system ? { system, code } : { code });
    }
  }
  return out;
}

/** The `code` search param: Observation/Condition/Medication.code, medication[x] concept for meds. */
export function codeTokens(resource: Json): Token[] {
  const type = asString(resource.resourceType);
  if (type === 'MedicationRequest' || type === 'MedicationStatement') {
    return codingTokens(resource.medicationCodeableConcept);
  }
  return codingTokens(resource.code);
}

export function categoryTokens(resource: Json): Token[] {
  return codingTokens(resource.category);
}

export function identifierTokens(resource: Json): Token[] {
  return records(resource.identifier).flatMap((identifier) => {
    const code = asString(identifier.value);
    if (!code) return [];
    const system = asString(identifier.system);
    return [system ? { system, code } : { code }];
  });
}

export function plainTokens(value: unknown): Token[] {
  return asArray(value).flatMap((v) => (typeof v === 'string' ? [{ code: v }] : []));
}

function periodRange(period: unknown): Range | undefined {
  const p = asRecord(period);
  const start = asString(p?.start);
  const end = asString(p?.end);
  const s = start ? parseFhirDate(start) : undefined;
  const e = end ? parseFhirDate(end) : undefined;
  if (!s && !e) return undefined;
  return { start: s?.start ?? -Number.MAX_VALUE, end: e?.end ?? Number.MAX_VALUE };
}

function dateValue(value: unknown): Range | undefined {
  const text = asString(value);
  return text ? parseFhirDate(text) : undefined;
}

/** The `date` search param of each type (and the key `_sort=date` orders by). */
export function dateOf(resource: Json): Range | undefined {
  switch (asString(resource.resourceType)) {
    case 'Observation':
    case 'MedicationStatement':
      return (
        dateValue(resource.effectiveDateTime) ??
        dateValue(resource.effectiveInstant) ??
        periodRange(resource.effectivePeriod)
      );
    case 'Encounter':
      return periodRange(resource.period);
    case 'Condition':
      return (
        dateValue(resource.onsetDateTime) ??
        periodRange(resource.onsetPeriod) ??
        dateValue(resource.recordedDate)
      );
    case 'MedicationRequest':
      return dateValue(resource.authoredOn);
    case undefined:
    default:
      return undefined;
  }
}

/** Lower-cased name parts and whole names, for `name` (a starts-with string search). */
export function nameStrings(resource: Json): string[] {
  return records(resource.name).flatMap((name) => {
    const given = asArray(name.given).flatMap((g) => (typeof g === 'string' ? [g] : []));
    const family = asString(name.family);
    const text = asString(name.text);
    const parts = [...given, ...(family ? [family] : [])];
    return [...parts, parts.join(' '), ...(text ? [text] : [])].map((s) => s.toLowerCase());
  });
}
