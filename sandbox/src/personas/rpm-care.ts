/**
 * Goals and antihypertensives of the program's members. Older members (born 1955 or before) agree a
 * structured 140/90 goal more often than not; a few younger ones a 130/80 goal; the rest have none
 * (the app's default applies). 0-3 active antihypertensives (more for those above goal), each an
 * RxNorm SCD the other personas already use, and now and then a stopped earlier one. Pure.
 */
import type { Goal, MedicationRequest, Patient } from 'fhir/r4';
import { dosage, medicationRequest, rxnorm } from './meds-build';
import type { Rng } from './random';
import type { RpmMember } from './rpm-plan';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const DAY_MS = 86_400_000;
const iso = (now: Date, daysAgo: number) =>
  new Date(now.getTime() - daysAgo * DAY_MS).toISOString();

function target(code: string, display: string, value: number) {
  return {
    measure: { coding: [{ system: LOINC, code, display }] },
    detailQuantity: { value, comparator: '<' as const, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
  };
}

export function rpmGoal(m: RpmMember, patient: Patient, now: Date): Goal[] {
  const born = Number(patient.birthDate?.slice(0, 4));
  const older = born <= 1955;
  const goal = older && m.n % 3 !== 0 ? [140, 90] : !older && m.n % 5 === 0 ? [130, 80] : undefined;
  if (!goal) return [];
  const [sys, dia] = goal as [number, number];
  return [
    {
      resourceType: 'Goal',
      id: `${m.id}-goal-bp`,
      lifecycleStatus: 'active',
      description: { text: `Blood pressure below ${sys}/${dia}` },
      subject: { reference: `Patient/${m.id}` },
      startDate: iso(now, m.enrolledDaysAgo).slice(0, 10),
      target: [
        target('8480-6', 'Systolic blood pressure', sys),
        target('8462-4', 'Diastolic blood pressure', dia),
      ],
    },
  ];
}

/** One per drug class, so no member gets two of a class. */
const DRUGS = [
  { code: '314077', display: 'lisinopril 20 MG Oral Tablet', mg: 20 },
  { code: '197361', display: 'amlodipine 5 MG Oral Tablet', mg: 5 },
  { code: '197499', display: 'chlorthalidone 25 MG Oral Tablet', mg: 25 },
  { code: '866924', display: 'metoprolol tartrate 25 MG Oral Tablet', mg: 25, perDay: 2 },
] as const;
const ARB = { code: '979485', display: 'losartan potassium 50 MG Oral Tablet', mg: 50 } as const;

export function rpmMeds(m: RpmMember, now: Date, rng: Rng): MedicationRequest[] {
  const count = m.control === 'above-goal' ? rng.int(1, 3) : rng.int(0, 2);
  // An ARB instead of the ACE inhibitor for some (never both).
  const drugs = rng.next() < 0.3 ? [ARB, ...DRUGS.slice(1)] : [...DRUGS];
  const out: MedicationRequest[] = drugs.slice(0, count).map((d, i) => {
    const perDay = 'perDay' in d ? d.perDay : 1;
    const start = iso(now, rng.int(90, 900));
    return medicationRequest(
      { patientId: m.id },
      {
        id: `${m.id}-med-${i + 1}`,
        status: 'active',
        medication: { medicationCodeableConcept: rxnorm(d.code, d.display) },
        authoredOn: start,
        dosage: dosage({
          mg: d.mg,
          perDay,
          text: `${d.mg} mg by mouth ${perDay === 2 ? 'twice' : 'once'} daily`,
          start,
        }),
      },
    );
  });
  if (m.n % 8 === 0) {
    // An earlier, stopped order: `status=active` must leave it out.
    out.push(
      medicationRequest(
        { patientId: m.id },
        {
          id: `${m.id}-med-stopped`,
          status: 'stopped',
          statusReason: 'Cough',
          medication: {
            medicationCodeableConcept: rxnorm('314076', 'lisinopril 10 MG Oral Tablet'),
          },
          authoredOn: iso(now, 1000),
          dosage: dosage({ mg: 10, perDay: 1, text: '10 mg by mouth once daily' }),
        },
      ),
    );
  }
  return out;
}
