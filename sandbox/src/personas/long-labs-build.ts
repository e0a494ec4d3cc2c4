/**
 * long-record, lab codes and one builder. The same analyte arrives under several LOINC codes (serum
 * or plasma vs blood; eGFR by MDRD, CKD-EPI 2009 and CKD-EPI 2021 as the formula changed); units are
 * UCUM codes with the code repeated as the unit text, as exports write them. No reference range and
 * no interpretation unless the caller gives one.
 */
import type { CodeableConcept, Observation } from 'fhir/r4';
import { LOINC } from './bp-build';
import { LONG_PATIENT } from './long-visits';

const UCUM = 'http://unitsofmeasure.org';
const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

export interface Analyte {
  code: string;
  display: string;
  unit: string;
}

const a = (code: string, display: string, unit: string): Analyte => ({ code, display, unit });

export const LAB = {
  glucose: a('2345-7', 'Glucose [Mass/volume] in Serum or Plasma', 'mg/dL'),
  glucoseBlood: a('2339-0', 'Glucose [Mass/volume] in Blood', 'mg/dL'),
  bun: a('3094-0', 'Urea nitrogen [Mass/volume] in Serum or Plasma', 'mg/dL'),
  bunBlood: a('6299-2', 'Urea nitrogen [Mass/volume] in Blood', 'mg/dL'),
  creatinine: a('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 'mg/dL'),
  creatinineBlood: a('38483-4', 'Creatinine [Mass/volume] in Blood', 'mg/dL'),
  sodium: a('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', 'mmol/L'),
  potassium: a('2823-3', 'Potassium [Moles/volume] in Serum or Plasma', 'mmol/L'),
  potassiumBlood: a('6298-4', 'Potassium [Moles/volume] in Blood', 'mmol/L'),
  chloride: a('2075-0', 'Chloride [Moles/volume] in Serum or Plasma', 'mmol/L'),
  co2: a('2028-9', 'Carbon dioxide, total [Moles/volume] in Serum or Plasma', 'mmol/L'),
  egfrMdrd: a(
    '33914-3',
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)',
    'mL/min/{1.73_m2}',
  ),
  egfrCkdEpi: a(
    '62238-1',
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)',
    'mL/min/{1.73_m2}',
  ),
  egfr2021: a(
    '98979-8',
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
    'mL/min/{1.73_m2}',
  ),
  cholesterol: a('2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 'mg/dL'),
  ldl: a('18262-6', 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay', 'mg/dL'),
  hdl: a('2085-9', 'Cholesterol in HDL [Mass/volume] in Serum or Plasma', 'mg/dL'),
  triglycerides: a('2571-8', 'Triglyceride [Mass/volume] in Serum or Plasma', 'mg/dL'),
  hemoglobin: a('718-7', 'Hemoglobin [Mass/volume] in Blood', 'g/dL'),
  wbc: a('6690-2', 'Leukocytes [#/volume] in Blood by Automated count', '10*3/uL'),
  rbc: a('789-8', 'Erythrocytes [#/volume] in Blood by Automated count', '10*6/uL'),
  mcv: a('787-2', 'MCV [Entitic volume] by Automated count', 'fL'),
  mch: a('785-6', 'MCH [Entitic mass] by Automated count', 'pg'),
  platelets: a('777-3', 'Platelets [#/volume] in Blood by Automated count', '10*3/uL'),
  hba1c: a('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '%'),
  urineProtein: a('5804-0', 'Protein [Mass/volume] in Urine by Test strip', 'mg/dL'),
} as const;

export type AnalyteKey = keyof typeof LAB;

const INTERPRETATION_DISPLAY: Record<string, string> = {
  B: 'Better',
  W: 'Worse',
  U: 'Significant change up',
  D: 'Significant change down',
  IND: 'Indeterminate',
  HH: 'Critical high',
  H: 'High',
};

export const concept = (an: Analyte): CodeableConcept => ({
  coding: [{ system: LOINC, code: an.code, display: an.display }],
  text: an.display,
});

export interface LongLab {
  id: string;
  analyte: Analyte;
  effective: string;
  issued?: string;
  encounter?: string;
  value?: number;
  other?: Pick<Observation, 'valueString' | 'valueCodeableConcept' | 'dataAbsentReason' | 'note'>;
  interpretation?: string;
  range?: { low: number; high: number };
}

export function longLab(l: LongLab): Observation {
  const q = (value: number) => ({
    value,
    unit: l.analyte.unit,
    system: UCUM,
    code: l.analyte.unit,
  });
  return {
    resourceType: 'Observation',
    id: l.id,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'laboratory',
            display: 'Laboratory',
          },
        ],
      },
    ],
    code: concept(l.analyte),
    subject: { reference: `Patient/${LONG_PATIENT}` },
    ...(l.encounter ? { encounter: { reference: `Encounter/${l.encounter}` } } : {}),
    effectiveDateTime: l.effective,
    ...(l.issued ? { issued: l.issued } : {}),
    ...(l.value !== undefined ? { valueQuantity: q(l.value) } : {}),
    ...l.other,
    ...(l.interpretation
      ? {
          interpretation: [
            {
              coding: [
                {
                  system: INTERPRETATION,
                  code: l.interpretation,
                  display: INTERPRETATION_DISPLAY[l.interpretation] ?? l.interpretation,
                },
              ],
            },
          ],
        }
      : {}),
    ...(l.range ? { referenceRange: [{ low: q(l.range.low), high: q(l.range.high) }] } : {}),
  };
}
