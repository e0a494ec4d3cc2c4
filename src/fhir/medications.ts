/**
 * MedicationRequest / MedicationStatement -> MedicationEntry. Pure; never throws. medication[x] is read
 * in every form servers use (DESIGN, "Reading FHIR as it really arrives"): a CodeableConcept, a contained
 * Medication (`#id`), a Medication returned by `_include=MedicationRequest:medication`, one the app
 * fetched itself, and finally only the reference's `display`. A resource whose fields have the wrong JSON
 * types is counted as unreadable with the reason; `entered-in-error` is skipped and counted.
 */
import type { CodeableConcept } from 'fhir/r4';
import { type DatePrecision, readFhirDate } from './fhir-date';
import { type DoseAmount, doseAmount, frequencyText } from './medications-dosage';
import { type Json, conceptWords, obj, objs, shapeProblem, str } from './medications-json';
import { type IngredientStrength, type Resolved, resolve } from './medications-resolve';
import type { MedicationForm, MedicationSources } from './medications-types';

export type { MedicationForm, MedicationSources } from './medications-types';
export type { DoseAmount } from './medications-dosage';
export type { IngredientStrength } from './medications-resolve';
export { medicationId, missingMedicationIds } from './medications-resolve';

export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

export interface MedicationEntry {
  /** `MedicationRequest/<id>` or `MedicationStatement/<id>` */
  id: string;
  source: 'request' | 'statement';
  form: MedicationForm;
  name: string;
  /** The medication's codes, plus its ingredients' codes when a Medication resource carries them. */
  concepts: readonly CodeableConcept[];
  rxnorm: readonly string[];
  /** `system|value` of the resource's identifiers. */
  identifiers: readonly string[];
  status: string;
  intent?: string;
  /** `MedicationRequest.doNotPerform: true`: an order NOT to give this drug. */
  doNotPerform?: boolean;
  /** The structured dose as written (often `{ value: 1 }` without a unit: one tablet). */
  doseAmount?: DoseAmount;
  /** Strengths from a Medication resource's ingredients. */
  strengths: readonly IngredientStrength[];
  /** The Medication's dose form (`Oral Tablet`). */
  doseForm?: string;
  frequency?: string;
  /** Dosage text as the prescriber wrote it. */
  dosageText?: string;
  start?: number;
  startPrecision?: DatePrecision;
  end?: number;
  endPrecision?: DatePrecision;
  prescriber?: string;
  /** For requests: the order this one replaces (`MedicationRequest/<id>`). */
  priorId?: string;
  statusReason?: string;
  note?: string;
  /** For statements: who reported it (`patient` when the source is a Patient, else the display). */
  reportedBy?: string;
}

export interface UnreadableMedication {
  /** `MedicationRequest/<id>` */
  label: string;
  reason: string;
}

export interface MedicationReadResult {
  entries: MedicationEntry[];
  unreadable: number;
  unreadableItems: UnreadableMedication[];
  /** `entered-in-error` records, left out. */
  skipped: number;
}

const rxnormOf = (concepts: readonly CodeableConcept[]) =>
  concepts.flatMap((c) =>
    (c.coding ?? []).filter((x) => x.system === RXNORM_SYSTEM && x.code).map((x) => x.code ?? ''),
  );

/** The first readable date of `values`, with its precision (date-only values never shift a day). */
function dateField(name: 'start' | 'end', ...values: unknown[]) {
  for (const v of values) {
    const d = readFhirDate(v);
    if (d) return { [name]: d.t, [`${name}Precision`]: d.precision };
  }
  return {};
}

function dosageFields(dosage: Json | undefined) {
  const amount = doseAmount(dosage);
  const frequency = frequencyText(dosage);
  const text = str(dosage?.text);
  return {
    ...(amount ? { doseAmount: amount } : {}),
    ...(frequency ? { frequency } : {}),
    ...(text ? { dosageText: text } : {}),
  };
}

function common(r: Json, m: Resolved) {
  const note = objs(r.note)
    .map((n) => str(n.text))
    .filter(Boolean)
    .join(' ');
  const statusReason = conceptWords(
    Array.isArray(r.statusReason) ? r.statusReason[0] : r.statusReason,
  );
  return {
    form: m.form,
    name: m.name,
    concepts: m.concepts,
    rxnorm: rxnormOf(m.concepts),
    strengths: m.strengths,
    ...(m.doseForm ? { doseForm: m.doseForm } : {}),
    identifiers: objs(r.identifier).flatMap((i) =>
      str(i.value) ? [`${str(i.system) ?? ''}|${str(i.value) ?? ''}`] : [],
    ),
    status: str(r.status) ?? 'unknown',
    ...(statusReason ? { statusReason } : {}),
    ...(note ? { note } : {}),
  };
}

function readRequest(r: Json, m: Resolved): MedicationEntry {
  const dosage = objs(r.dosageInstruction)[0];
  const bounds = obj(obj(obj(dosage?.timing)?.repeat)?.boundsPeriod);
  const validity = obj(obj(r.dispenseRequest)?.validityPeriod);
  const prescriber = str(obj(r.requester)?.display);
  const prior = str(obj(r.priorPrescription)?.reference);
  const intent = str(r.intent);
  return {
    id: `MedicationRequest/${str(r.id) ?? ''}`,
    source: 'request',
    ...common(r, m),
    ...(intent ? { intent } : {}),
    ...(r.doNotPerform === true ? { doNotPerform: true } : {}),
    ...dosageFields(dosage),
    ...dateField('start', bounds?.start, validity?.start, r.authoredOn),
    ...dateField('end', bounds?.end, validity?.end),
    ...(prescriber ? { prescriber } : {}),
    // Absolute and versioned references (`…/MedicationRequest/7/_history/2`) name the same order.
    ...(prior
      ? {
          priorId: prior.replace(
            /^(?:.*\/)?(MedicationRequest\/[^/]+)(?:\/_history\/[^/]+)?$/,
            '$1',
          ),
        }
      : {}),
  };
}

function readStatement(s: Json, m: Resolved): MedicationEntry {
  const period = obj(s.effectivePeriod);
  const source = obj(s.informationSource);
  const reportedBy = str(source?.reference)?.startsWith('Patient/')
    ? 'patient'
    : str(source?.display);
  return {
    id: `MedicationStatement/${str(s.id) ?? ''}`,
    source: 'statement',
    ...common(s, m),
    ...dosageFields(objs(s.dosage)[0]),
    ...(reportedBy ? { reportedBy } : {}),
    ...dateField('start', period?.start, s.effectiveDateTime),
    ...dateField('end', period?.end),
  };
}

export function readMedications(sources: MedicationSources): MedicationReadResult {
  const byId = new Map<string, { med: Json; form: MedicationForm }>();
  const meds = (list: readonly unknown[] | undefined) =>
    (Array.isArray(list) ? list : []).flatMap((r) => {
      const med = obj(r);
      const id = str(med?.id);
      return med?.resourceType === 'Medication' && id ? [{ med, id }] : [];
    });
  for (const { med, id } of meds(sources.included)) byId.set(id, { med, form: 'included' });
  for (const { med, id } of meds(sources.read))
    if (!byId.has(id)) byId.set(id, { med, form: 'read' });
  const out: MedicationReadResult = { entries: [], unreadable: 0, unreadableItems: [], skipped: 0 };
  const take = (
    type: 'MedicationRequest' | 'MedicationStatement',
    value: unknown,
    read: (r: Json, m: Resolved) => MedicationEntry,
  ) => {
    const r = obj(value);
    const label = `${type}/${str(r?.id) ?? '(no id)'}`;
    const problem = r ? shapeProblem(r, type) : 'it is not a resource';
    if (r && !problem && r.status === 'entered-in-error') {
      out.skipped++;
      return;
    }
    const m = r && !problem ? resolve(r, byId) : undefined;
    if (r && m) {
      out.entries.push(read(r, m));
      return;
    }
    out.unreadable++;
    out.unreadableItems.push({ label, reason: problem ?? 'no medication named' });
  };
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
  for (const r of list(sources.requests)) take('MedicationRequest', r, readRequest);
  for (const s of list(sources.statements)) take('MedicationStatement', s, readStatement);
  return out;
}
