/**
 * long-record, medication builders in the shape of a synthetic-population export: MedicationRequests
 * with no end date anywhere (no validityPeriod, no boundsPeriod), a unit-less dose (`{ value: 1 }`,
 * one tablet: the strength is only in the product's text), an `encounter` reference, and Medication
 * resources with ingredients and strengths for the referenced products.
 */
import type { CodeableConcept, Dosage, Medication, MedicationRequest } from 'fhir/r4';
import { SNOMED } from './bp-build';
import { LONG_PATIENT, PRIMARY_CARE } from './long-visits';
import { RXNORM } from './meds-build';

const UCUM = 'http://unitsofmeasure.org';

export interface Product {
  code: string;
  display: string;
}

export const rx = (p: Product): CodeableConcept => ({
  coding: [{ system: RXNORM, code: p.code, display: p.display }],
  text: p.display,
});

/** Once (or `perDay` times) a day, one unit, no unit given: as exports write a tablet. */
export function oneTablet(perDay = 1, asNeeded = false): Dosage {
  return {
    sequence: 1,
    ...(asNeeded ? { text: 'Take as needed.' } : {}),
    timing: { repeat: { frequency: perDay, period: 1, periodUnit: 'd' } },
    asNeededBoolean: asNeeded,
    doseAndRate: [
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/dose-rate-type',
              code: 'ordered',
              display: 'Ordered',
            },
          ],
        },
        doseQuantity: { value: 1 },
      },
    ],
  };
}

export interface OrderSpec {
  id: string;
  status: MedicationRequest['status'];
  medication: Pick<MedicationRequest, 'medicationCodeableConcept' | 'medicationReference'>;
  authoredOn: string;
  encounter?: string;
  dosage?: Dosage;
  extra?: Partial<MedicationRequest>;
}

export function order(spec: OrderSpec): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: spec.id,
    status: spec.status,
    intent: 'order',
    ...spec.medication,
    subject: { reference: `Patient/${LONG_PATIENT}` },
    ...(spec.encounter ? { encounter: { reference: `Encounter/${spec.encounter}` } } : {}),
    authoredOn: spec.authoredOn,
    requester: PRIMARY_CARE,
    dosageInstruction: [spec.dosage ?? oneTablet()],
    ...spec.extra,
  };
}

const mg = (value: number) => ({ value, unit: 'mg', system: UCUM, code: 'mg' });

/** A Medication with its form and each ingredient's strength per unit of that form. */
export function medication(
  id: string,
  product: Product & { text?: string },
  form: { code: string; display: string },
  per: { value: number; unit: string; code: string },
  ingredients: readonly (Product & { mg: number })[],
): Medication {
  return {
    resourceType: 'Medication',
    id,
    code: { ...rx(product), ...(product.text ? { text: product.text } : {}) },
    status: 'active',
    form: { coding: [{ system: SNOMED, ...form }], text: form.display },
    ingredient: ingredients.map((i) => ({
      itemCodeableConcept: rx(i),
      isActive: true,
      strength: {
        numerator: mg(i.mg),
        denominator: { value: per.value, unit: per.unit, system: UCUM, code: per.code },
      },
    })),
  };
}
