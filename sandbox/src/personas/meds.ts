/** The meds parts of the personas (owned by the meds work; see types.ts for the contract). */
import type { MedicationStatement, Resource } from 'fhir/r4';
import { medsEdgeCases, medsMixedEncodings } from './meds-mixed';
import { daysAgo, dosage, medicationRequest, rxnorm } from './meds-build';
import type { PersonaContext, PersonaId, PersonaPart } from './types';

/** Lisinopril goes from 10 to 20 mg exactly this many days before now (the BP part lowers BP after it). */
export const LISINOPRIL_DOSE_CHANGE_DAYS = 45;
/** Amlodipine is replaced by chlorthalidone this many days before now (ankle oedema). */
export const AMLODIPINE_SWITCH_DAYS = 200;

function hypertensionHome(ctx: PersonaContext): Resource[] {
  const t = (days: number) => daysAgo(ctx, days);
  const change = t(LISINOPRIL_DOSE_CHANGE_DAYS);
  const sw = t(AMLODIPINE_SWITCH_DAYS);
  const mr = (spec: Parameters<typeof medicationRequest>[1]) => medicationRequest(ctx, spec);
  const statement: MedicationStatement = {
    resourceType: 'MedicationStatement',
    id: 'ms-htn-lisinopril',
    status: 'active',
    medicationCodeableConcept: rxnorm('314077', 'lisinopril 20 MG Oral Tablet'),
    subject: { reference: `Patient/${ctx.patientId}` },
    effectivePeriod: { start: change },
    dateAsserted: t(30),
    informationSource: { reference: `Patient/${ctx.patientId}` },
    dosage: [{ text: '1 tablet daily' }],
  };
  // NSAIDs raise blood pressure and blunt ACE inhibitors (ACC/AHA 2017, Table 11): worth seeing.
  const ibuprofen: MedicationStatement = {
    resourceType: 'MedicationStatement',
    id: 'ms-htn-ibuprofen',
    status: 'active',
    medicationCodeableConcept: rxnorm('197806', 'ibuprofen 400 MG Oral Tablet'),
    subject: { reference: `Patient/${ctx.patientId}` },
    effectivePeriod: { start: t(90) },
    dateAsserted: t(30),
    informationSource: { reference: `Patient/${ctx.patientId}` },
    dosage: [{ text: '400 mg as needed for knee pain' }],
  };
  return [
    mr({
      id: 'mr-htn-metoprolol',
      status: 'stopped',
      authoredOn: t(700),
      statusReason: 'Bradycardia (resting HR 48)',
      medication: {
        medicationCodeableConcept: rxnorm('866924', 'metoprolol tartrate 25 MG Oral Tablet'),
      },
      dosage: dosage({
        mg: 25,
        perDay: 2,
        text: '25 mg by mouth twice daily',
        start: t(700),
        end: t(300),
      }),
    }),
    mr({
      id: 'mr-htn-lisinopril-10',
      status: 'stopped',
      authoredOn: t(400),
      statusReason: 'Dose increased',
      medication: { medicationCodeableConcept: rxnorm('314076', 'lisinopril 10 MG Oral Tablet') },
      dosage: dosage({ mg: 10, perDay: 1, start: t(400), end: change }),
    }),
    mr({
      id: 'mr-htn-lisinopril-20',
      status: 'active',
      authoredOn: change,
      prior: 'mr-htn-lisinopril-10',
      medication: { medicationCodeableConcept: rxnorm('314077', 'lisinopril 20 MG Oral Tablet') },
      dosage: dosage({ mg: 20, perDay: 1, text: '20 mg by mouth once daily', start: change }),
    }),
    mr({
      id: 'mr-htn-amlodipine',
      status: 'stopped',
      authoredOn: t(380),
      statusReason: 'Ankle oedema',
      medication: { medicationCodeableConcept: rxnorm('197361', 'amlodipine 5 MG Oral Tablet') },
      dosage: dosage({
        mg: 5,
        perDay: 1,
        text: '5 mg by mouth once daily',
        start: t(380),
        end: sw,
      }),
    }),
    mr({
      id: 'mr-htn-chlorthalidone',
      status: 'active',
      authoredOn: sw,
      prior: 'mr-htn-amlodipine',
      medication: {
        medicationCodeableConcept: rxnorm('197499', 'chlorthalidone 25 MG Oral Tablet'),
      },
      dosage: dosage({
        mg: 12.5,
        perDay: 1,
        text: 'Half a tablet (12.5 mg) every morning',
        start: sw,
      }),
    }),
    mr({
      id: 'mr-htn-atorvastatin',
      status: 'active',
      authoredOn: t(600),
      medication: { medicationCodeableConcept: rxnorm('617310', 'atorvastatin 20 MG Oral Tablet') },
      dosage: dosage({ mg: 20, perDay: 1, start: t(600) }),
    }),
    // A plan, not an order: the next step if home BP stays above target (never on the timeline).
    mr({
      id: 'mr-htn-spironolactone-plan',
      status: 'draft',
      intent: 'plan',
      authoredOn: t(10),
      medication: {
        medicationCodeableConcept: rxnorm('313096', 'spironolactone 25 MG Oral Tablet'),
      },
      dosage: dosage({
        mg: 25,
        perDay: 1,
        text: 'If home BP stays above 130/80: 25 mg once daily',
      }),
    }),
    statement,
    ibuprofen,
  ];
}

/** A couple of long-running medications for the benchmark persona. */
function largeHistory(ctx: PersonaContext): Resource[] {
  const t = (days: number) => daysAgo(ctx, days);
  return [
    medicationRequest(ctx, {
      id: 'mr-large-amlodipine',
      status: 'active',
      authoredOn: t(1500),
      medication: { medicationCodeableConcept: rxnorm('308135', 'amlodipine 10 MG Oral Tablet') },
      dosage: dosage({ mg: 10, perDay: 1, start: t(1500) }),
    }),
    medicationRequest(ctx, {
      id: 'mr-large-losartan',
      status: 'active',
      authoredOn: t(900),
      medication: {
        medicationCodeableConcept: rxnorm('979485', 'losartan potassium 50 MG Oral Tablet'),
      },
      dosage: dosage({ mg: 50, perDay: 1, start: t(900) }),
    }),
  ];
}

export const medsParts: Partial<Record<PersonaId, PersonaPart>> = {
  'hypertension-home': hypertensionHome,
  'mixed-encodings': medsMixedEncodings,
  'edge-cases': medsEdgeCases,
  'large-history': largeHistory,
};
