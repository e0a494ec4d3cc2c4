import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../fhir/codes';
import { ANALYTES, type Analyte, analyteOf } from './labs-analytes';

/**
 * The analyte table, pinned row by row: LOINC codes (loinc.org), the unit values are shown in, the
 * reporting decimals (reference laboratory catalogues), the reference change value (Fraser 2001; EFLM
 * Biological Variation Database) and the molar mass (PubChem) or charge used for unit conversion.
 * See labs-analytes-table.ts for the sources of each figure.
 */
type Row = [
  key: string,
  name: string,
  loinc: string[],
  unit: string,
  decimals: Record<string, number>,
  rcv: number,
  extra: Pick<Analyte, 'molarMass' | 'charge' | 'relevance'>,
];

const ROWS: Row[] = [
  [
    'potassium',
    'Potassium',
    ['2823-3', '6298-4'],
    'mmol/L',
    { 'mmol/L': 1, 'meq/L': 1 },
    0.12,
    { charge: 1, relevance: 0 },
  ],
  [
    'sodium',
    'Sodium',
    ['2951-2', '2947-0'],
    'mmol/L',
    { 'mmol/L': 0, 'meq/L': 0 },
    0.03,
    { charge: 1, relevance: 1 },
  ],
  [
    'creatinine',
    'Creatinine',
    ['2160-0', '38483-4', '14682-9'],
    'mg/dL',
    { 'mg/dL': 2, 'umol/L': 0 },
    0.14,
    { molarMass: 113.12, relevance: 2 },
  ],
  [
    'egfr',
    'eGFR',
    ['98979-8', '62238-1', '33914-3', '48642-3', '48643-1'],
    'mL/min/{1.73_m2}',
    { 'mL/min/{1.73_m2}': 0 },
    0.15,
    { relevance: 3 },
  ],
  [
    'uacr',
    'Urine albumin/creatinine',
    ['9318-7', '14959-1', '32294-1'],
    'mg/g',
    { 'mg/g': 0, 'mg/mmol': 1 },
    0.85,
    { relevance: 4 },
  ],
  [
    'hba1c',
    'HbA1c',
    ['4548-4', '17856-6', '4549-2'],
    '%',
    { '%': 1, 'mmol/mol': 0 },
    0.05,
    { relevance: 5 },
  ],
  [
    'ldl',
    'LDL cholesterol',
    ['13457-7', '18262-6', '2089-1', '22748-8'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 2 },
    0.22,
    { molarMass: 386.65, relevance: 6 },
  ],
  [
    'hdl',
    'HDL cholesterol',
    ['2085-9', '14646-4'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 2 },
    0.17,
    { molarMass: 386.65 },
  ],
  [
    'cholesterol',
    'Total cholesterol',
    ['2093-3', '14647-2'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 2 },
    0.16,
    { molarMass: 386.65 },
  ],
  [
    'triglycerides',
    'Triglycerides',
    ['2571-8', '14927-8'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 2 },
    0.55,
    { molarMass: 885.7 },
  ],
  [
    'glucose',
    'Glucose',
    ['2345-7', '2339-0', '14749-6', '15074-8'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 1 },
    0.15,
    { molarMass: 180.16 },
  ],
  [
    'bun',
    'Urea nitrogen (BUN)',
    ['3094-0', '6299-2', '14937-7'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 1 },
    0.35,
    { molarMass: 28.014 },
  ],
  [
    'chloride',
    'Chloride',
    ['2075-0', '2069-3'],
    'mmol/L',
    { 'mmol/L': 0, 'meq/L': 0 },
    0.04,
    { charge: 1 },
  ],
  [
    'co2',
    'Bicarbonate (CO₂)',
    ['2028-9', '1963-8'],
    'mmol/L',
    { 'mmol/L': 0, 'meq/L': 0 },
    0.12,
    { charge: 1 },
  ],
  [
    'calcium',
    'Calcium',
    ['17861-6', '2000-8'],
    'mg/dL',
    { 'mg/dL': 1, 'mmol/L': 2 },
    0.06,
    { molarMass: 40.078 },
  ],
  [
    'magnesium',
    'Magnesium',
    ['19123-9', '2601-3'],
    'mg/dL',
    { 'mg/dL': 1, 'mmol/L': 2 },
    0.1,
    { molarMass: 24.305 },
  ],
  [
    'urate',
    'Uric acid',
    ['3084-1', '14933-6'],
    'mg/dL',
    { 'mg/dL': 1, 'umol/L': 0 },
    0.23,
    { molarMass: 168.11 },
  ],
  ['hemoglobin', 'Hemoglobin', ['718-7', '20509-6'], 'g/dL', { 'g/dL': 1, 'g/L': 0 }, 0.09, {}],
  ['hematocrit', 'Hematocrit', ['4544-3', '20570-8'], '%', { '%': 1 }, 0.09, {}],
  [
    'wbc',
    'White blood cells',
    ['6690-2', '26464-8'],
    '10*3/uL',
    { '10*3/uL': 1, '10*9/L': 1 },
    0.3,
    {},
  ],
  [
    'rbc',
    'Red blood cells',
    ['789-8', '26453-1'],
    '10*6/uL',
    { '10*6/uL': 2, '10*12/L': 2 },
    0.09,
    {},
  ],
  [
    'platelets',
    'Platelets',
    ['777-3', '26515-7'],
    '10*3/uL',
    { '10*3/uL': 0, '10*9/L': 0 },
    0.25,
    {},
  ],
  ['mcv', 'MCV', ['787-2'], 'fL', { fL: 1 }, 0.05, {}],
  ['mch', 'MCH', ['785-6'], 'pg', { pg: 1 }, 0.05, {}],
  ['mchc', 'MCHC', ['786-4'], 'g/dL', { 'g/dL': 1 }, 0.05, {}],
  ['rdw', 'RDW', ['788-0', '21000-5'], '%', { '%': 1 }, 0.1, {}],
  ['alt', 'ALT', ['1742-6'], 'U/L', { 'U/L': 0 }, 0.5, {}],
  ['ast', 'AST', ['1920-8'], 'U/L', { 'U/L': 0 }, 0.35, {}],
];

const loincCode = (code: string) => ({ coding: [{ system: SYSTEM.loinc, code }] });

describe('the analyte table', () => {
  it.each(ROWS.flatMap((row) => row[2].map((code) => [code, row] as const)))(
    'LOINC %s is one analyte of its row',
    (code, [key, name, loinc, preferredUnit, decimals, rcv, extra]) => {
      expect(analyteOf(loincCode(code))).toEqual({
        key,
        name,
        loinc,
        preferredUnit,
        decimals,
        rcv,
        ...extra,
      });
    },
  );

  it('lists the analytes in this order, with no other row', () => {
    expect(ANALYTES.map((a) => a.key)).toEqual(ROWS.map(([key]) => key));
  });

  it.each([
    ['a LOINC code the table does not hold', loincCode('0000-0')],
    ['a known code under another system', { coding: [{ system: 'urn:local', code: '2823-3' }] }],
    ['a coding without a code', { coding: [{ system: SYSTEM.loinc }] }],
    ['no coding at all', { text: 'Potassium' }],
  ])('%s is no known analyte', (_name, code) => {
    expect(analyteOf(code)).toBeUndefined();
  });

  it('matches on any LOINC coding, not only the first', () => {
    const code = { coding: [{ system: 'urn:local', code: 'K' }, ...loincCode('2823-3').coding] };
    expect(analyteOf(code)?.key).toBe('potassium');
  });
});
