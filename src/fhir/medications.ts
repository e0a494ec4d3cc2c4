/**
 * MedicationRequest / MedicationStatement -> MedicationEntry. Pure. medication[x] is read in every form
 * servers use (DESIGN, "Reading FHIR as it really arrives"): a CodeableConcept, a contained Medication
 * (`#id`), a Medication returned by `_include=MedicationRequest:medication`, one the app read itself, and
 * finally only the reference's `display`.
 */
import type {
  CodeableConcept,
  Dosage,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Resource,
} from 'fhir/r4';
import { conceptText } from './coding';
import { doseText, frequencyText } from './medications-dosage';
import { type Resolved, resolve } from './medications-resolve';
import type { MedicationForm, MedicationSources } from './medications-types';

export type { MedicationForm, MedicationSources } from './medications-types';

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
  /** Structured dose, e.g. `20 mg`. */
  dose?: string;
  frequency?: string;
  /** Dosage text as the prescriber wrote it. */
  dosageText?: string;
  start?: number;
  end?: number;
  prescriber?: string;
  /** For requests: the order this one replaces (`MedicationRequest/<id>`). */
  priorId?: string;
  statusReason?: string;
  note?: string;
  /** For statements: who reported it (`patient` when the source is a Patient, else the display). */
  reportedBy?: string;
}

export interface MedicationReadResult {
  entries: MedicationEntry[];
  unreadable: number;
  /** `MedicationRequest/<id>` etc. of each unreadable resource. */
  unreadableIds: string[];
  skipped: number;
}

const isMedication = (r: Resource): r is Medication => r.resourceType === 'Medication';

const time = (s: string | undefined) => {
  const t = s ? Date.parse(s) : Number.NaN;
  return Number.isFinite(t) ? t : undefined;
};

const rxnormOf = (concepts: readonly CodeableConcept[]) =>
  concepts.flatMap((c) =>
    (c.coding ?? [])
      .filter((x) => x.system === RXNORM_SYSTEM && x.code)
      .map((x) => x.code as string),
  );

function dosageFields(dosage: Dosage | undefined) {
  const dose = doseText(dosage);
  const frequency = frequencyText(dosage);
  return {
    ...(dose ? { dose } : {}),
    ...(frequency ? { frequency } : {}),
    ...(dosage?.text ? { dosageText: dosage.text } : {}),
  };
}

function common(r: MedicationRequest | MedicationStatement, m: Resolved) {
  const note = r.note
    ?.map((n) => n.text)
    .filter(Boolean)
    .join(' ');
  const statusReason = conceptText(
    Array.isArray(r.statusReason) ? r.statusReason[0] : r.statusReason,
  );
  return {
    form: m.form,
    name: m.name,
    concepts: m.concepts,
    rxnorm: rxnormOf(m.concepts),
    identifiers: (r.identifier ?? []).flatMap((i) =>
      i.value ? [`${i.system ?? ''}|${i.value}`] : [],
    ),
    status: r.status,
    ...(statusReason ? { statusReason } : {}),
    ...(note ? { note } : {}),
  };
}

function readRequest(r: MedicationRequest, m: Resolved): MedicationEntry {
  const dosage = r.dosageInstruction?.[0];
  const bounds = dosage?.timing?.repeat?.boundsPeriod;
  const start =
    time(bounds?.start) ?? time(r.dispenseRequest?.validityPeriod?.start) ?? time(r.authoredOn);
  const end = time(bounds?.end) ?? time(r.dispenseRequest?.validityPeriod?.end);
  const prescriber = r.requester?.display;
  const prior = r.priorPrescription?.reference;
  return {
    id: `MedicationRequest/${r.id ?? ''}`,
    source: 'request',
    ...common(r, m),
    intent: r.intent,
    ...dosageFields(dosage),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(prescriber ? { prescriber } : {}),
    ...(prior ? { priorId: prior.replace(/^.*\/(MedicationRequest\/[^/]+)$/, '$1') } : {}),
  };
}

function readStatement(s: MedicationStatement, m: Resolved): MedicationEntry {
  const start = time(s.effectivePeriod?.start) ?? time(s.effectiveDateTime);
  const end = time(s.effectivePeriod?.end);
  const source = s.informationSource;
  const reportedBy = source?.reference?.startsWith('Patient/') ? 'patient' : source?.display;
  return {
    id: `MedicationStatement/${s.id ?? ''}`,
    source: 'statement',
    ...common(s, m),
    ...dosageFields(s.dosage?.[0]),
    ...(reportedBy ? { reportedBy } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
  };
}

export function readMedications(sources: MedicationSources): MedicationReadResult {
  const byId = new Map<string, { med: Medication; form: MedicationForm }>();
  for (const r of sources.included) {
    if (isMedication(r) && r.id) byId.set(r.id, { med: r, form: 'included' });
  }
  for (const r of sources.read ?? [])
    if (r.id && !byId.has(r.id)) byId.set(r.id, { med: r, form: 'read' });
  const out: MedicationReadResult = { entries: [], unreadable: 0, unreadableIds: [], skipped: 0 };
  const take = <T extends MedicationRequest | MedicationStatement>(
    r: T,
    read: (r: T, m: Resolved) => MedicationEntry,
  ) => {
    if (r.status === 'entered-in-error') {
      out.skipped++;
      return;
    }
    const m = resolve(r, byId);
    if (m && r.id) {
      out.entries.push(read(r, m));
      return;
    }
    out.unreadable++;
    out.unreadableIds.push(`${r.resourceType}/${r.id ?? '(no id)'}`);
  };
  for (const r of sources.requests) take(r, readRequest);
  for (const s of sources.statements) take(s, readStatement);
  return out;
}
