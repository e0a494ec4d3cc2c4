/**
 * Shape checks for medication resources as they really arrive: any field may be missing or of the wrong
 * JSON type. Helpers read a value only when it has the type FHIR R4 gives it; `shapeProblem` names the
 * first top-level field of the wrong type, in plain words, so the resource is counted, never thrown on.
 * Types: FHIR R4 MedicationRequest (https://hl7.org/fhir/R4/medicationrequest.html) and
 * MedicationStatement (https://hl7.org/fhir/R4/medicationstatement.html).
 */
export type Json = Readonly<Record<string, unknown>>;

export const obj = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
export const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
export const objs = (v: unknown): Json[] =>
  arr(v).flatMap((x) => {
    const o = obj(x);
    return o ? [o] : [];
  });
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** A CodeableConcept's words: its text, else the first coding display, else the first code. */
export function conceptWords(v: unknown): string | undefined {
  const c = obj(v);
  if (!c) return undefined;
  const codings = objs(c.coding);
  return (
    str(c.text) ??
    codings.map((x) => str(x.display)).find(Boolean) ??
    codings.map((x) => str(x.code)).find(Boolean)
  );
}

type Kind = 'object' | 'list' | 'text' | 'true/false';
const is: Record<Kind, (v: unknown) => boolean> = {
  object: (v) => obj(v) !== undefined,
  list: Array.isArray,
  text: (v) => typeof v === 'string',
  'true/false': (v) => typeof v === 'boolean',
};

/** Field -> [its JSON type in FHIR R4, what it is in words]. */
const COMMON: Record<string, readonly [Kind, string]> = {
  medicationCodeableConcept: ['object', 'medication'],
  medicationReference: ['object', 'medication reference'],
  identifier: ['list', 'identifiers'],
  note: ['list', 'notes'],
  contained: ['list', 'attached resources'],
};
const REQUEST: Record<string, readonly [Kind, string]> = {
  ...COMMON,
  intent: ['text', 'intent'],
  doNotPerform: ['true/false', '"do not give" flag'],
  dosageInstruction: ['list', 'dosage'],
  authoredOn: ['text', 'order date'],
  dispenseRequest: ['object', 'dispense details'],
  requester: ['object', 'prescriber'],
  priorPrescription: ['object', 'previous order'],
  statusReason: ['object', 'status reason'],
};
const STATEMENT: Record<string, readonly [Kind, string]> = {
  ...COMMON,
  dosage: ['list', 'dosage'],
  effectiveDateTime: ['text', 'date taken'],
  effectivePeriod: ['object', 'period taken'],
  informationSource: ['object', 'source'],
  statusReason: ['list', 'status reasons'],
};

/** Why a MedicationRequest / MedicationStatement cannot be read, or undefined when its shape is sound. */
export function shapeProblem(r: Json, type: 'MedicationRequest' | 'MedicationStatement') {
  if (str(r.id) === undefined) return 'it has no id';
  if (r.status === undefined) return 'it has no status';
  if (typeof r.status !== 'string') return 'its status is not a word';
  for (const [field, [kind, words]] of Object.entries(
    type === 'MedicationRequest' ? REQUEST : STATEMENT,
  )) {
    const v = r[field];
    if (v !== undefined && v !== null && !is[kind](v))
      return `its ${words} has the wrong form (expected ${kind === 'object' ? 'a structure' : kind === 'list' ? 'a list' : kind})`;
  }
  return undefined;
}
