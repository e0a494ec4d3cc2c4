/**
 * Builders for MedicationRequest / MedicationStatement / Medication in the personas. Pure (no Node
 * APIs). RxNorm codes are SCDs (clinical drugs) as EHRs send them; displays follow RxNorm's names.
 */
import type { CodeableConcept, Dosage, MedicationRequest, Reference } from 'fhir/r4';
import type { PersonaContext } from './types';

export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const UCUM = 'http://unitsofmeasure.org';
const DAY_MS = 86_400_000;

/** The instant exactly `days` before now (dose changes are exact: other parts key off them). */
export const daysAgo = (ctx: PersonaContext, days: number) =>
  new Date(ctx.now.getTime() - days * DAY_MS).toISOString();

export const rxnorm = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: RXNORM, code, display }],
  text: display,
});

/** Structured dose and timing, plus the text an EHR prints (either may be missing in the wild). */
export function dosage(opts: {
  mg?: number;
  perDay?: number;
  text?: string;
  start?: string;
  end?: string;
}): Dosage {
  const bounds =
    opts.start || opts.end
      ? {
          boundsPeriod: {
            ...(opts.start ? { start: opts.start } : {}),
            ...(opts.end ? { end: opts.end } : {}),
          },
        }
      : {};
  return {
    ...(opts.text ? { text: opts.text } : {}),
    timing: {
      repeat: {
        ...bounds,
        ...(opts.perDay ? { frequency: opts.perDay, period: 1, periodUnit: 'd' as const } : {}),
      },
    },
    route: {
      coding: [{ system: 'http://snomed.info/sct', code: '26643006', display: 'Oral route' }],
    },
    ...(opts.mg !== undefined
      ? {
          doseAndRate: [{ doseQuantity: { value: opts.mg, unit: 'mg', system: UCUM, code: 'mg' } }],
        }
      : {}),
  };
}

export const PRESCRIBER: Reference = {
  reference: 'Practitioner/practitioner-1',
  display: 'Dr. Sarah Kim',
};

export interface RequestSpec {
  id: string;
  status: MedicationRequest['status'];
  intent?: MedicationRequest['intent'];
  medication: Pick<MedicationRequest, 'medicationCodeableConcept' | 'medicationReference'>;
  contained?: MedicationRequest['contained'];
  authoredOn: string;
  dosage: Dosage;
  /** The order this one replaces (a dose change or a switch). */
  prior?: string;
  statusReason?: string;
  note?: string;
  identifier?: string;
}

export function medicationRequest(
  ctx: { patientId: string },
  spec: RequestSpec,
): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: spec.id,
    ...(spec.contained ? { contained: spec.contained } : {}),
    identifier: [{ system: 'urn:tensio:sandbox:order', value: spec.identifier ?? spec.id }],
    status: spec.status,
    ...(spec.statusReason ? { statusReason: { text: spec.statusReason } } : {}),
    intent: spec.intent ?? 'order',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
            code: 'outpatient',
          },
        ],
      },
    ],
    ...spec.medication,
    subject: { reference: `Patient/${ctx.patientId}` },
    authoredOn: spec.authoredOn,
    requester: PRESCRIBER,
    dosageInstruction: [spec.dosage],
    ...(spec.prior ? { priorPrescription: { reference: `MedicationRequest/${spec.prior}` } } : {}),
    ...(spec.note ? { note: [{ text: spec.note }] } : {}),
  };
}
