/**
 * Medications in every shape seen in the wild (mixed-encodings) and in shapes that should not occur
 * (edge-cases): medication[x] as CodeableConcept, contained Medication, referenced Medication (found
 * through `_include`, by a read, or only by the reference's display), MedicationStatement, and
 * duplicates, entered-in-error orders and markup in displays.
 */
import type { Medication, MedicationStatement, Resource } from 'fhir/r4';
import { RXNORM, daysAgo, dosage, medicationRequest, rxnorm } from './meds-build';
import type { PersonaContext } from './types';

const medication = (id: string, code: string, display: string): Medication => ({
  resourceType: 'Medication',
  id,
  code: rxnorm(code, display),
  form: { text: 'Oral tablet' },
});

export function medsMixedEncodings(ctx: PersonaContext): Resource[] {
  const t = (days: number) => daysAgo(ctx, days);
  const mr = (spec: Parameters<typeof medicationRequest>[1]) => medicationRequest(ctx, spec);
  const subject = { reference: `Patient/${ctx.patientId}` };
  // A statement of the same drug as the contained-Medication order: de-duplicated by RxNorm code.
  const hctzStatement: MedicationStatement = {
    resourceType: 'MedicationStatement',
    id: 'ms-mixed-hctz',
    status: 'active',
    medicationCodeableConcept: rxnorm('310798', 'hydrochlorothiazide 25 MG Oral Tablet'),
    subject,
    effectivePeriod: { start: t(120) },
    dosage: [{ text: '25 mg every morning' }],
  };
  // A statement whose Medication is only referenced: the app reads Medication/<id> itself.
  const aspirinStatement: MedicationStatement = {
    resourceType: 'MedicationStatement',
    id: 'ms-mixed-aspirin',
    status: 'active',
    medicationReference: { reference: 'Medication/med-mixed-aspirin' },
    subject,
    effectivePeriod: { start: t(400) },
    informationSource: subject,
    dosage: [{ text: '81 mg daily' }],
  };
  return [
    medication('med-mixed-amlodipine', '197361', 'amlodipine 5 MG Oral Tablet'),
    medication('med-mixed-aspirin', '243670', 'aspirin 81 MG Oral Tablet'),
    mr({
      id: 'mr-mixed-losartan-cc',
      status: 'active',
      authoredOn: t(300),
      medication: {
        medicationCodeableConcept: rxnorm('979485', 'losartan potassium 50 MG Oral Tablet'),
      },
      dosage: { text: '50 mg by mouth once daily' },
    }),
    mr({
      id: 'mr-mixed-hctz-contained',
      status: 'active',
      authoredOn: t(120),
      contained: [{ ...medication('hctz', '310798', 'hydrochlorothiazide 25 MG Oral Tablet') }],
      medication: { medicationReference: { reference: '#hctz' } },
      dosage: dosage({ mg: 25, perDay: 1, start: t(120) }),
    }),
    mr({
      id: 'mr-mixed-amlodipine-ref',
      status: 'on-hold',
      authoredOn: t(60),
      statusReason: 'Held during dental surgery',
      medication: { medicationReference: { reference: 'Medication/med-mixed-amlodipine' } },
      dosage: dosage({ mg: 5, perDay: 1, start: t(60) }),
    }),
    // The Medication does not exist on the server: only the reference's display names it.
    mr({
      id: 'mr-mixed-metoprolol-display',
      status: 'active',
      authoredOn: t(90),
      medication: {
        medicationReference: {
          reference: 'Medication/med-mixed-not-on-server',
          display: 'metoprolol succinate 50 MG 24HR Extended Release Oral Tablet',
        },
      },
      dosage: { text: '50 mg once daily', timing: { code: { text: 'QD' } } },
    }),
    // Text only, no coding at all; completed long ago.
    mr({
      id: 'mr-mixed-enalapril-text',
      status: 'completed',
      authoredOn: t(800),
      medication: { medicationCodeableConcept: { text: 'Enalapril 5 mg tablet' } },
      dosage: dosage({ mg: 5, perDay: 2, start: t(800), end: t(500) }),
    }),
    mr({
      id: 'mr-mixed-furosemide-cancelled',
      status: 'cancelled',
      authoredOn: t(50),
      medication: {
        medicationCodeableConcept: {
          coding: [{ system: RXNORM, code: '310429', display: 'furosemide 20 MG Oral Tablet' }],
        },
      },
      dosage: dosage({ mg: 20, perDay: 1 }),
    }),
    hctzStatement,
    aspirinStatement,
  ];
}

export function medsEdgeCases(ctx: PersonaContext): Resource[] {
  const t = (days: number) => daysAgo(ctx, days);
  const mr = (spec: Parameters<typeof medicationRequest>[1]) => medicationRequest(ctx, spec);
  const lisinopril = {
    medicationCodeableConcept: rxnorm('314076', 'lisinopril 10 MG Oral Tablet'),
  };
  return [
    mr({
      id: 'mr-edge-eie',
      status: 'entered-in-error',
      authoredOn: t(20),
      medication: lisinopril,
      dosage: dosage({ mg: 40, perDay: 1 }),
    }),
    mr({
      id: 'mr-edge-lisinopril',
      status: 'active',
      authoredOn: t(100),
      medication: lisinopril,
      dosage: dosage({ mg: 10, perDay: 1, start: t(100) }),
      identifier: 'ORD-EDGE-1',
    }),
    // The same order twice (an interface resent it): de-duplicated by identifier.
    mr({
      id: 'mr-edge-lisinopril-dup',
      status: 'active',
      authoredOn: t(100),
      medication: lisinopril,
      dosage: dosage({ mg: 10, perDay: 1, start: t(100) }),
      identifier: 'ORD-EDGE-1',
    }),
    // Markup in the display, the dosage text and the note: rendered as text, never as HTML.
    mr({
      id: 'mr-edge-markup',
      status: 'active',
      authoredOn: t(30),
      medication: {
        medicationCodeableConcept: { text: '<script>alert("med")</script>Nifedipine <b>30 mg</b>' },
      },
      dosage: { text: '<img src=x onerror="alert(2)">once daily' },
      note: '<iframe src="javascript:alert(3)"></iframe>',
    }),
    // No medication[x] at all: cannot be read, counted.
    mr({
      id: 'mr-edge-no-medication',
      status: 'active',
      authoredOn: t(30),
      medication: {},
      dosage: { text: 'daily' },
    }),
  ];
}
