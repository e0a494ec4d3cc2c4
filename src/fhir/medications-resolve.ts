/**
 * Resolving medication[x] to a name and codes: CodeableConcept, contained Medication (`#id`), a
 * Medication the server included or the app read, else the reference's display. Pure; reads every field
 * only when it has its FHIR R4 type.
 */
import type { CodeableConcept, Reference } from 'fhir/r4';
import { type Json, arr, conceptWords, num, obj, objs, str } from './medications-json';
import type { MedicationForm, MedicationSources } from './medications-types';

/** `Medication/<id>` from a relative or absolute reference, else undefined. */
export function medicationId(ref: Reference | Json | undefined): string | undefined {
  const reference = str(obj(ref)?.reference) ?? '';
  const m = /(?:^|\/)Medication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/.*)?$/.exec(reference);
  return m?.[1];
}

/** Referenced Medications that neither `_include` nor `contained` supplied (to fetch in batches). */
export function missingMedicationIds(sources: MedicationSources): string[] {
  const have = new Set(
    sources.included.filter((r) => r.resourceType === 'Medication').map((r) => r.id),
  );
  const refs = [...sources.requests, ...sources.statements].map((r) =>
    medicationId(obj(r)?.medicationReference as Json | undefined),
  );
  return [...new Set(refs.filter((id): id is string => id !== undefined && !have.has(id)))];
}

/** One ingredient's strength as the Medication states it: `{ name: 'lisinopril', strength: '10 mg' }`. */
export interface IngredientStrength {
  name: string;
  strength: string;
}

export interface Resolved {
  form: MedicationForm;
  name: string;
  concepts: CodeableConcept[];
  /** From the Medication resource's `ingredient[].strength`, when it has them. */
  strengths: IngredientStrength[];
  /** The Medication's `form` (`Oral Tablet`), when it has one. */
  doseForm?: string;
}

/** Only the string fields of a CodeableConcept, so later rules can trust them. */
export function cleanConcept(v: unknown): CodeableConcept | undefined {
  const c = obj(v);
  if (!c) return undefined;
  const text = str(c.text);
  const coding = objs(c.coding).map((x) => {
    const [system, code, display] = [str(x.system), str(x.code), str(x.display)];
    return {
      ...(system ? { system } : {}),
      ...(code ? { code } : {}),
      ...(display ? { display } : {}),
    };
  });
  return { ...(text ? { text } : {}), coding };
}

const PER_UNIT = /^(?:1?\s*)?(?:tab|tablet|tablets|cap|capsule|capsules|each|ea|\{tbl\}|\{cap\})$/i;

/** `10 mg`, or `10 mg/mL` / `100 mg/5 mL` for a concentration. */
function ratioText(v: unknown): string | undefined {
  const r = obj(v);
  const n = obj(r?.numerator);
  const value = num(n?.value);
  const unit = str(n?.unit) ?? str(n?.code);
  if (value === undefined || !unit) return undefined;
  const d = obj(r?.denominator);
  const dUnit = str(d?.unit) ?? str(d?.code);
  const dValue = num(d?.value) ?? 1;
  if (!dUnit || PER_UNIT.test(dUnit)) return `${value} ${unit}`;
  return `${value} ${unit}/${dValue === 1 ? '' : `${dValue} `}${dUnit}`;
}

function fromMedication(form: MedicationForm, med: Json): Resolved | undefined {
  const code = cleanConcept(med.code);
  const name = conceptWords(code);
  if (!code || !name) return undefined;
  const ingredients = objs(med.ingredient);
  const strengths = ingredients.flatMap((i) => {
    const n = conceptWords(i.itemCodeableConcept) ?? str(obj(i.itemReference)?.display);
    const s = ratioText(i.strength);
    return n && s ? [{ name: n, strength: s }] : [];
  });
  const doseForm = conceptWords(med.form);
  return {
    form,
    name,
    concepts: [code, ...ingredients.flatMap((i) => cleanConcept(i.itemCodeableConcept) ?? [])],
    strengths,
    ...(doseForm ? { doseForm } : {}),
  };
}

export function resolve(
  owner: Json,
  byId: ReadonlyMap<string, { med: Json; form: MedicationForm }>,
): Resolved | undefined {
  const cc = cleanConcept(owner.medicationCodeableConcept);
  const ccName = conceptWords(cc);
  if (cc && ccName)
    return { form: 'codeable-concept', name: ccName, concepts: [cc], strengths: [] };
  const ref = obj(owner.medicationReference);
  if (!ref) return undefined;
  const reference = str(ref.reference);
  if (reference?.startsWith('#')) {
    const contained = arr(owner.contained)
      .map(obj)
      .find((r) => r?.resourceType === 'Medication' && `#${str(r.id) ?? ''}` === reference);
    const found = contained && fromMedication('contained', contained);
    if (found) return found;
  }
  const id = medicationId(ref);
  const hit = id !== undefined ? byId.get(id) : undefined;
  const found = hit && fromMedication(hit.form, hit.med);
  if (found) return found;
  const display = str(ref.display);
  return display ? { form: 'display', name: display, concepts: [], strengths: [] } : undefined;
}
