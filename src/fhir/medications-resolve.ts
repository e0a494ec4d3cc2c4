/**
 * Resolving medication[x] to a name and codes: CodeableConcept, contained Medication (`#id`), a
 * Medication the server included or the app read, else the reference's display. Pure.
 */
import type {
  CodeableConcept,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Reference,
} from 'fhir/r4';
import { conceptText } from './coding';
import type { MedicationForm, MedicationSources } from './medications-types';

/** `Medication/<id>` from a relative or absolute reference, else undefined. */
export function medicationId(ref: Reference | undefined): string | undefined {
  const m = /(?:^|\/)Medication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/.*)?$/.exec(
    ref?.reference ?? '',
  );
  return m?.[1];
}

/** Referenced Medications that neither `_include` nor `contained` supplied: read them one by one. */
export function missingMedicationIds(sources: MedicationSources): string[] {
  const have = new Set(
    sources.included.filter((r) => r.resourceType === 'Medication').map((r) => r.id),
  );
  const refs = [...sources.requests, ...sources.statements].map((r) =>
    medicationId(r.medicationReference),
  );
  return [...new Set(refs.filter((id): id is string => id !== undefined && !have.has(id)))];
}

export interface Resolved {
  form: MedicationForm;
  name: string;
  concepts: CodeableConcept[];
}

function fromMedication(form: MedicationForm, med: Medication): Resolved | undefined {
  const name = conceptText(med.code);
  const ingredients = (med.ingredient ?? []).flatMap((i) =>
    i.itemCodeableConcept ? [i.itemCodeableConcept] : [],
  );
  return name && med.code ? { form, name, concepts: [med.code, ...ingredients] } : undefined;
}

export function resolve(
  owner: MedicationRequest | MedicationStatement,
  byId: ReadonlyMap<string, { med: Medication; form: MedicationForm }>,
): Resolved | undefined {
  const cc = owner.medicationCodeableConcept;
  const ccName = conceptText(cc);
  if (cc && ccName) return { form: 'codeable-concept', name: ccName, concepts: [cc] };
  const ref = owner.medicationReference;
  if (!ref) return undefined;
  if (ref.reference?.startsWith('#')) {
    const contained = owner.contained?.find(
      (r) => r.resourceType === 'Medication' && `#${r.id ?? ''}` === ref.reference,
    );
    const found = contained && fromMedication('contained', contained as Medication);
    if (found) return found;
  }
  const id = medicationId(ref);
  const hit = id !== undefined ? byId.get(id) : undefined;
  const found = hit && fromMedication(hit.form, hit.med);
  if (found) return found;
  return ref.display ? { form: 'display', name: ref.display, concepts: [] } : undefined;
}
