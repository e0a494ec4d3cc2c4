/**
 * ill-typed's clinical resources: readable ones built with the ordinary builders, and type-confused
 * copies of them (fields overwritten with the wrong JSON types: deliberately not FHIR). Codes, subject, category
 * and dates stay well-typed, so the server's searches (by patient, code, category, date) still return
 * the broken resources to the app: a reader, not the server, has to cope with them. Recent times (the
 * last two weeks), so the app's default window shows the readable readings.
 */
import type { Observation, Resource } from 'fhir/r4';
import { DIASTOLIC_CODE, SYSTOLIC_CODE, VITAL_SIGNS, mmHg, panel } from './bp-build';
import { isoLocal, localTime } from './bp-time';
import { drawTime, labObservation, loinc, qty, range } from './labs-build';
import { daysAgo, dosage, medicationRequest, rxnorm } from './meds-build';
import type { PersonaContext } from './types';

/** A deliberately ill-typed resource: a well-typed base with fields overwritten by wrong types. */
const broken = (base: Resource, fields: Record<string, unknown>): Resource => ({
  ...base,
  ...fields,
});

export function illTypedBp(ctx: PersonaContext): Resource[] {
  const { now, timeZone, patientId } = ctx;
  const at = (days: number, h: number, m = 0) =>
    isoLocal(localTime(now, days, h, m, timeZone), timeZone);
  const home = {
    patient: patientId,
    home: true,
    performer: [{ reference: `Patient/${patientId}` }],
  };
  const ok = (id: string, days: number, h: number, systolic: number, diastolic: number) =>
    panel({ ...home, id, time: at(days, h), systolic, diastolic });
  const base = (id: string, days: number, h: number) => ok(id, days, h, 140, 90);
  const single: Observation = {
    resourceType: 'Observation',
    id: 'bp-it-systolic-string',
    status: 'final',
    category: VITAL_SIGNS,
    code: SYSTOLIC_CODE,
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: at(4, 20),
  };
  return [
    ok('bp-it-ok-01', 13, 7, 142, 91),
    ok('bp-it-ok-02', 11, 21, 138, 88),
    ok('bp-it-ok-03', 9, 7, 140, 87),
    ok('bp-it-ok-04', 6, 21, 135, 86),
    ok('bp-it-ok-05', 3, 7, 139, 85),
    ok('bp-it-ok-06', 1, 7, 136, 84),
    broken(base('bp-it-component-object', 12, 7), {
      component: { code: SYSTOLIC_CODE, valueQuantity: mmHg(151) },
    }),
    broken(base('bp-it-quantity-string', 8, 21), {
      component: [
        { code: SYSTOLIC_CODE, valueQuantity: '148 mmHg' },
        { code: DIASTOLIC_CODE, valueQuantity: '92 mmHg' },
      ],
    }),
    broken(base('bp-it-value-string', 7, 7), {
      component: [
        { code: SYSTOLIC_CODE, valueQuantity: { ...mmHg(0), value: '132' } },
        { code: DIASTOLIC_CODE, valueQuantity: { ...mmHg(0), value: '84' } },
      ],
    }),
    broken(base('bp-it-components-not-objects', 5, 21), { component: [null, 42] }),
    broken(single, { valueQuantity: '141' }),
  ];
}

export function illTypedMeds(ctx: PersonaContext): Resource[] {
  const t = (days: number) => daysAgo(ctx, days);
  const mr = (spec: Parameters<typeof medicationRequest>[1]) => medicationRequest(ctx, spec);
  const metoprolol = mr({
    id: 'mr-it-medication-string',
    status: 'active',
    authoredOn: t(90),
    medication: {
      medicationCodeableConcept: rxnorm('866924', 'metoprolol tartrate 25 MG Oral Tablet'),
    },
    dosage: dosage({ mg: 25, perDay: 2, start: t(90) }),
  });
  return [
    mr({
      id: 'mr-it-lisinopril',
      status: 'active',
      authoredOn: t(200),
      medication: { medicationCodeableConcept: rxnorm('314077', 'lisinopril 20 MG Oral Tablet') },
      dosage: dosage({ mg: 20, perDay: 1, text: '20 mg by mouth once daily', start: t(200) }),
    }),
    mr({
      id: 'mr-it-amlodipine',
      status: 'active',
      authoredOn: t(120),
      medication: { medicationCodeableConcept: rxnorm('197361', 'amlodipine 5 MG Oral Tablet') },
      dosage: dosage({ mg: 5, perDay: 1, start: t(120) }),
    }),
    broken(
      mr({
        id: 'mr-it-dosage-object',
        status: 'active',
        authoredOn: t(60),
        medication: {
          medicationCodeableConcept: rxnorm('197499', 'chlorthalidone 25 MG Oral Tablet'),
        },
        dosage: dosage({ mg: 12.5, perDay: 1 }),
      }),
      { dosageInstruction: { text: 'Half a tablet every morning', timing: 'daily' } },
    ),
    broken(metoprolol, { medicationCodeableConcept: 'metoprolol tartrate 25 mg twice daily' }),
    broken(
      { ...metoprolol, id: 'mr-it-medication-array' },
      { medicationCodeableConcept: [rxnorm('310798', 'hydrochlorothiazide 25 MG Oral Tablet')] },
    ),
    broken({ ...metoprolol, id: 'mr-it-status-object' }, { status: { code: 'active' } }),
  ];
}

export function illTypedLabs(ctx: PersonaContext): Resource[] {
  const potassium = loinc('2823-3', 'Potassium [Moles/volume] in Serum or Plasma', 'Potassium');
  const creatinine = loinc('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 'Creatinine');
  const lab = (id: string, code: typeof potassium, days: number, value: number, unit: string) =>
    labObservation(ctx, {
      id,
      code,
      effective: drawTime(ctx, days),
      value: { valueQuantity: qty(value, unit) },
    });
  return [
    {
      ...lab('lab-it-potassium', potassium, 10, 4.6, 'mmol/L'),
      referenceRange: [range(3.5, 5.1, 'mmol/L')],
    },
    lab('lab-it-creatinine', creatinine, 10, 1.02, 'mg/dL'),
    lab(
      'lab-it-egfr',
      loinc('98979-8', 'Glomerular filtration rate/1.73 sq M.predicted (CKD-EPI 2021)', 'eGFR'),
      10,
      68,
      'mL/min/{1.73_m2}',
    ),
    lab(
      'lab-it-sodium',
      loinc('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', 'Sodium'),
      10,
      138,
      'mmol/L',
    ),
    broken(lab('lab-it-range-object', potassium, 40, 4.4, 'mmol/L'), {
      referenceRange: { low: qty(3.5, 'mmol/L'), high: qty(5.1, 'mmol/L') },
    }),
    broken(lab('lab-it-quantity-string', potassium, 70, 0, 'mmol/L'), {
      valueQuantity: '4.2 mmol/L',
    }),
    broken(lab('lab-it-value-string', creatinine, 70, 0, 'mg/dL'), {
      valueQuantity: { ...qty(0, 'mg/dL'), value: '1.1' },
    }),
    broken(lab('lab-it-code-string', potassium, 100, 4.3, 'mmol/L'), { code: '2823-3' }),
  ];
}
