/**
 * ill-typed (tracker issue 10: "one ill-typed Patient blanks the app"): JSON that is valid JSON but
 * not valid FHIR, as a broken interface or a hand-edited export sends it. The Patient's `name` is a
 * string and its `identifier` an object; readable BP readings, orders and labs sit beside
 * type-confused ones (a string where a Quantity or CodeableConcept belongs, an object where a list
 * belongs). The store keeps resources as given (it needs only resourceType and id; validation is for
 * POSTs), so the sandbox serves these unchanged. `ILL_TYPED_EXPECTED` says what a correct reader makes
 * of them: the readable ones shown, the others counted, nothing thrown, no blank page.
 */
import type { Resource } from 'fhir/r4';
import type { PersonaContext } from './types';

export { illTypedBp, illTypedLabs, illTypedMeds } from './ill-typed-records';

export const ILL_TYPED_PATIENT = 'ill-typed';

export const ILL_TYPED_EXPECTED = {
  patient: {
    id: ILL_TYPED_PATIENT,
    /** `name` is the string below, not a list of HumanName: no name can be read from it. */
    name: 'unreadable',
    nameSent: 'Sam Okonkwo-Reyes',
    /** `identifier` is one object, not a list. */
    identifier: 'unreadable',
    gender: 'female',
    birthDate: '1972-08-14',
  },
  bp: {
    readable: [
      'bp-it-ok-01',
      'bp-it-ok-02',
      'bp-it-ok-03',
      'bp-it-ok-04',
      'bp-it-ok-05',
      'bp-it-ok-06',
    ],
    unreadable: {
      'bp-it-component-object': 'component is an object, not a list',
      'bp-it-quantity-string': 'valueQuantity is a string',
      'bp-it-value-string': 'valueQuantity.value is a string',
      'bp-it-components-not-objects': 'component items are null and a number',
      'bp-it-systolic-string': 'a lone systolic whose valueQuantity is a string',
    },
  },
  meds: {
    readable: ['mr-it-lisinopril', 'mr-it-amlodipine', 'mr-it-dosage-object'],
    /** Its medication is readable; its dose is not (dosageInstruction is an object). */
    readableWithoutDose: ['mr-it-dosage-object'],
    unreadable: {
      'mr-it-medication-string': 'medicationCodeableConcept is a string',
      'mr-it-medication-array': 'medicationCodeableConcept is a list',
      'mr-it-status-object': 'status is an object',
    },
  },
  labs: {
    readable: [
      'lab-it-potassium',
      'lab-it-creatinine',
      'lab-it-egfr',
      'lab-it-sodium',
      'lab-it-range-object',
    ],
    /** Its value is readable; its range is not (referenceRange is an object). */
    readableWithoutRange: ['lab-it-range-object'],
    unreadable: {
      'lab-it-quantity-string': 'valueQuantity is a string',
      'lab-it-value-string': 'valueQuantity.value is a string',
      'lab-it-code-string': 'code is a string',
    },
  },
  /** Days before now of the newest readable BP reading (136/84). */
  latestBp: { id: 'bp-it-ok-06', daysAgo: 1, systolic: 136, diastolic: 84 },
} as const;

/** The Patient, deliberately not a FHIR Patient: name a string, identifier an object. */
export function illTypedPatient(_ctx: Pick<PersonaContext, 'now' | 'timeZone'>): Resource {
  const patient = {
    resourceType: 'Patient',
    id: ILL_TYPED_PATIENT,
    identifier: {
      system: 'urn:oid:2.16.840.1.113883.19.5.99999.1',
      value: 'TEN-100007',
    },
    active: true,
    name: ILL_TYPED_EXPECTED.patient.nameSent,
    telecom: [{ system: 'phone', value: '555-0107', use: 'home' }],
    gender: ILL_TYPED_EXPECTED.patient.gender,
    birthDate: ILL_TYPED_EXPECTED.patient.birthDate,
    address: [
      {
        use: 'home',
        line: ['19 Ferry Street'],
        city: 'Middletown',
        state: 'CT',
        postalCode: '06457',
        country: 'US',
      },
    ],
  };
  // Not a FHIR Patient, and typed as the bare Resource the store takes.
  return patient;
}
