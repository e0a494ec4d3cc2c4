/**
 * Labs as they arrive from real servers (mixed-encodings) and as they should not (edge-cases): no
 * ranges, text and one-sided ranges, comparators, coded and string results, one analyte in two units,
 * broken ranges, unknown units, entered-in-error results and markup in displays.
 */
import type { Observation } from 'fhir/r4';
import { UCUM_SYSTEM, drawTime, labObservation, loinc, qty, range } from './labs-build';
import type { PersonaContext } from './types';

const SNOMED = 'http://snomed.info/sct';
const MALE = { coding: [{ system: SNOMED, code: '248153007', display: 'Male' }], text: 'Male' };
const FEMALE = {
  coding: [{ system: SNOMED, code: '248152002', display: 'Female' }],
  text: 'Female',
};

export function labsMixedEncodings(ctx: PersonaContext): Observation[] {
  const at = (days: number) => drawTime(ctx, days);
  const lab = (spec: Parameters<typeof labObservation>[1]) => labObservation(ctx, spec);
  return [
    // Glucose in mg/dL from one lab and in mmol/L from another (molar mass needed to convert).
    lab({
      id: 'lab-mixed-glucose-mgdl',
      code: loinc('2345-7', 'Glucose [Mass/volume] in Serum or Plasma'),
      effective: at(200),
      value: { valueQuantity: qty(104, 'mg/dL') },
      referenceRange: [range(70, 99, 'mg/dL')],
      interpretation: 'H',
    }),
    // No interpretation but a numeric range: the app computes (and marks) the flag.
    lab({
      id: 'lab-mixed-glucose-mmol',
      code: loinc('14749-6', 'Glucose [Moles/volume] in Serum or Plasma'),
      effective: at(20),
      value: { valueQuantity: qty(6.1, 'mmol/L') },
      referenceRange: [range(3.9, 5.5, 'mmol/L')],
    }),
    // Cholesterol in both units, one-sided ranges.
    lab({
      id: 'lab-mixed-chol-mgdl',
      code: loinc('2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma'),
      effective: at(300),
      value: { valueQuantity: qty(212, 'mg/dL') },
      referenceRange: [range(undefined, 200, 'mg/dL')],
      interpretation: 'H',
    }),
    lab({
      id: 'lab-mixed-chol-mmol',
      code: loinc('14647-2', 'Cholesterol [Moles/volume] in Serum or Plasma'),
      effective: at(25),
      value: { valueQuantity: qty(4.9, 'mmol/L') },
      referenceRange: [range(undefined, 5.2, 'mmol/L')],
    }),
    // Creatinine in mg/dL and in µmol/L (UCUM `umol/L`), sex-specific ranges (appliesTo).
    lab({
      id: 'lab-mixed-creat-mgdl',
      code: loinc('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma'),
      effective: at(180),
      value: { valueQuantity: qty(0.98, 'mg/dL') },
      referenceRange: [
        { ...range(0.74, 1.35, 'mg/dL'), appliesTo: [MALE] },
        { ...range(0.59, 1.04, 'mg/dL'), appliesTo: [FEMALE] },
      ],
    }),
    lab({
      id: 'lab-mixed-creat-umol',
      code: loinc('14682-9', 'Creatinine [Moles/volume] in Serum or Plasma'),
      effective: at(15),
      value: { valueQuantity: qty(97, 'µmol/L', 'umol/L') },
      referenceRange: [range(62, 106, 'umol/L')],
      interpretation: 'N',
    }),
    // Potassium by the whole-blood code (a synonym), no range at all.
    lab({
      id: 'lab-mixed-potassium-blood',
      code: loinc('6298-4', 'Potassium [Moles/volume] in Blood'),
      effective: at(15),
      value: { valueQuantity: qty(4.4, 'mmol/L') },
    }),
    // eGFR by an older code, one-sided range given as text too.
    lab({
      id: 'lab-mixed-egfr',
      code: loinc('33914-3', 'Glomerular filtration rate/1.73 sq M.predicted (MDRD)'),
      effective: at(15),
      value: { valueQuantity: qty(71, 'mL/min/{1.73_m2}') },
      referenceRange: [{ ...range(60, undefined, 'mL/min/{1.73_m2}'), text: '>60' }],
    }),
    // A comparator result: below the assay's limit of detection.
    lab({
      id: 'lab-mixed-crp',
      code: loinc(
        '30522-7',
        'C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method',
      ),
      effective: at(15),
      value: { valueQuantity: { ...qty(0.5, 'mg/L'), comparator: '<' } },
      referenceRange: [range(undefined, 3, 'mg/L')],
    }),
    // A coded result with a text range and the server's "abnormal" flag.
    lab({
      id: 'lab-mixed-urine-protein',
      code: loinc('2888-6', 'Protein [Presence] in Urine'),
      effective: at(15),
      value: {
        valueCodeableConcept: {
          coding: [{ system: SNOMED, code: '260347006', display: '+' }],
          text: 'Trace',
        },
      },
      referenceRange: [{ text: 'Negative' }],
      interpretation: 'A',
    }),
    // A string result with a text range.
    lab({
      id: 'lab-mixed-urine-appearance',
      code: loinc('5767-9', 'Appearance of Urine'),
      effective: at(15),
      value: { valueString: 'Clear' },
      referenceRange: [{ text: 'Clear' }],
    }),
    // A lab known only by local code and text, and a critical value flagged HH by the server.
    lab({
      id: 'lab-mixed-local-bnp',
      code: {
        coding: [{ system: 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14', code: 'BNP-LOCAL' }],
        text: 'BNP (local)',
      },
      effective: at(60),
      value: { valueQuantity: { value: 1250, unit: 'pg/mL', system: UCUM_SYSTEM, code: 'pg/mL' } },
      referenceRange: [range(undefined, 100, 'pg/mL')],
      interpretation: 'HH',
    }),
  ];
}

export function labsEdgeCases(ctx: PersonaContext): Observation[] {
  const at = (days: number) => drawTime(ctx, days);
  const lab = (spec: Parameters<typeof labObservation>[1]) => labObservation(ctx, spec);
  return [
    // Entered in error: never shown.
    lab({
      id: 'lab-edge-potassium-eie',
      code: loinc('2823-3', 'Potassium'),
      effective: at(5),
      status: 'entered-in-error',
      value: { valueQuantity: qty(9.9, 'mmol/L') },
      referenceRange: [range(3.5, 5.1, 'mmol/L')],
      interpretation: 'HH',
    }),
    lab({
      id: 'lab-edge-potassium',
      code: loinc('2823-3', 'Potassium'),
      effective: at(6),
      value: { valueQuantity: qty(4.1, 'mmol/L') },
      referenceRange: [range(3.5, 5.1, 'mmol/L')],
      interpretation: 'N',
    }),
    // A broken range (low above high): ignored for flagging and counted.
    lab({
      id: 'lab-edge-sodium-broken-range',
      code: loinc('2951-2', 'Sodium'),
      effective: at(6),
      value: { valueQuantity: qty(139, 'mmol/L') },
      referenceRange: [range(145, 135, 'mmol/L')],
    }),
    // A unit that is not UCUM: shown as sent, kept out of the trend.
    lab({
      id: 'lab-edge-potassium-unknown-unit',
      code: loinc('2823-3', 'Potassium'),
      effective: at(40),
      value: { valueQuantity: { value: 4.3, unit: 'mEq/Lx', system: UCUM_SYSTEM, code: 'mEq/Lx' } },
    }),
    // Markup in the display and the note: must render as text, never as HTML.
    lab({
      id: 'lab-edge-markup',
      code: { text: '<img src=x onerror="alert(1)">Magnesium' },
      effective: at(6),
      value: { valueQuantity: qty(2.0, 'mg/dL') },
      referenceRange: [{ text: '<b>1.7-2.2</b>' }],
      note: '<script>alert("lab note")</script>',
    }),
    // No code at all: cannot be grouped, counted as unreadable.
    lab({
      id: 'lab-edge-no-code',
      code: {},
      effective: at(6),
      value: { valueQuantity: qty(1, 'mg/dL') },
    }),
    // A value in the future (clock skew at the lab).
    lab({
      id: 'lab-edge-future-creatinine',
      code: loinc('2160-0', 'Creatinine'),
      effective: drawTime(ctx, -3),
      value: { valueQuantity: qty(1.0, 'mg/dL') },
      referenceRange: [range(0.7, 1.3, 'mg/dL')],
    }),
  ];
}
