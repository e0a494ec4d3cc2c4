/**
 * The analytes the app knows: which LOINC codes are one analyte, the unit each is shown in, its
 * reporting precision and how much it must move to count as a real change. Anything not listed groups
 * by its own code and gets the defaults (labs-precision.ts).
 *
 * - LOINC codes from loinc.org (component + property: mass vs moles; serum, plasma and blood).
 * - Molar masses from PubChem; charges for mEq <-> mmol.
 * - `decimals`: the resolution laboratories commonly report each analyte at, per unit (US conventional
 *   and SI), as printed by large reference laboratories (e.g. Mayo Clinic Laboratories, ARUP test
 *   catalogues): potassium 4.2 mmol/L, sodium 140 mmol/L, creatinine 0.98 mg/dL or 87 µmol/L, eGFR 74,
 *   glucose 98 mg/dL or 5.4 mmol/L, HbA1c 5.9 % or 41 mmol/mol, lipids 186 mg/dL or 4.82 mmol/L,
 *   BUN 15 mg/dL, hemoglobin 13.8 g/dL or 138 g/L. A value is never shown with more decimals than sent.
 * - `rcv`: the reference change value, the difference two results must show to exceed analytical plus
 *   within-person biological variation (95 %, two-sided): RCV = 1.96 × √2 × √(CVa² + CVi²) (Fraser,
 *   "Biological Variation: From Principles to Practice", AACC 2001), with CVi approximately as listed by
 *   the EFLM Biological Variation Database (biologicalvariation.eu) and CVa ≈ 2 %, rounded. Approximate
 *   by design: it decides what is ranked as "changed", never a flag; a laboratory may tune it.
 */
export interface Analyte {
  key: string;
  name: string;
  /** LOINC codes that are the same analyte (mass and molar concentration, serum and blood). */
  loinc: readonly string[];
  /** UCUM code every value is converted to (US conventional units). */
  preferredUnit: string;
  /** Decimals the analyte is commonly reported with, per UCUM unit. */
  decimals: Readonly<Record<string, number>>;
  /** Reference change value, as a fraction of the previous value (0.12 = 12 %). */
  rcv: number;
  /** g/mol, for mass <-> substance conversions through UCUM. */
  molarMass?: number;
  /** Ion charge, for mEq <-> mmol. */
  charge?: number;
  /** Rank among the hypertension-relevant analytes (lower first); undefined for the rest. */
  relevance?: number;
}

type Extra = Pick<Analyte, 'molarMass' | 'charge' | 'relevance'>;

const a = (
  key: string,
  name: string,
  loinc: readonly string[],
  preferredUnit: string,
  decimals: Readonly<Record<string, number>>,
  rcv: number,
  extra: Extra = {},
): Analyte => ({ key, name, loinc, preferredUnit, decimals, rcv, ...extra });

const MMOL = { 'mmol/L': 0, 'meq/L': 0 };

/**
 * Hypertension-relevant first (`relevance`): ACE inhibitors, ARBs, MRAs and diuretics move potassium,
 * sodium, creatinine and eGFR; albuminuria, HbA1c and LDL are the risk work-up of ACC/AHA 2017
 * (section 5.1, "basic testing": electrolytes, creatinine with eGFR, glucose/HbA1c, lipid profile,
 * urine albumin).
 */
export const ANALYTES: readonly Analyte[] = [
  a('potassium', 'Potassium', ['2823-3', '6298-4'], 'mmol/L', { 'mmol/L': 1, 'meq/L': 1 }, 0.12, {
    charge: 1,
    relevance: 0,
  }),
  a('sodium', 'Sodium', ['2951-2', '2947-0'], 'mmol/L', MMOL, 0.03, { charge: 1, relevance: 1 }),
  a(
    'creatinine',
    'Creatinine',
    ['2160-0', '38483-4', '14682-9'],
    'mg/dL',
    { 'mg/dL': 2, 'umol/L': 0 },
    0.14,
    { molarMass: 113.12, relevance: 2 },
  ),
  a(
    'egfr',
    'eGFR',
    ['98979-8', '62238-1', '33914-3', '48642-3', '48643-1'],
    'mL/min/{1.73_m2}',
    { 'mL/min/{1.73_m2}': 0 },
    0.15,
    { relevance: 3 },
  ),
  a(
    'uacr',
    'Urine albumin/creatinine',
    ['9318-7', '14959-1', '32294-1'],
    'mg/g',
    { 'mg/g': 0, 'mg/mmol': 1 },
    0.85,
    { relevance: 4 },
  ),
  a('hba1c', 'HbA1c', ['4548-4', '17856-6', '4549-2'], '%', { '%': 1, 'mmol/mol': 0 }, 0.05, {
    relevance: 5,
  }),
  a(
    'ldl',
    'LDL cholesterol',
    ['13457-7', '18262-6', '2089-1', '22748-8'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 2 },
    0.22,
    { molarMass: 386.65, relevance: 6 },
  ),
  a('hdl', 'HDL cholesterol', ['2085-9', '14646-4'], 'mg/dL', { 'mg/dL': 0, 'mmol/L': 2 }, 0.17, {
    molarMass: 386.65,
  }),
  a(
    'cholesterol',
    'Total cholesterol',
    ['2093-3', '14647-2'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 2 },
    0.16,
    { molarMass: 386.65 },
  ),
  // Triglycerides as triolein (885.7 g/mol), the convention behind the 88.57 mg/dL per mmol/L factor.
  a(
    'triglycerides',
    'Triglycerides',
    ['2571-8', '14927-8'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 2 },
    0.55,
    {
      molarMass: 885.7,
    },
  ),
  a(
    'glucose',
    'Glucose',
    ['2345-7', '2339-0', '14749-6', '15074-8'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 1 },
    0.15,
    { molarMass: 180.16 },
  ),
  // Urea nitrogen: 2 N atoms per urea, 28.014 g/mol (so BUN mmol/L × 2.8 = mg/dL).
  a(
    'bun',
    'Urea nitrogen (BUN)',
    ['3094-0', '6299-2', '14937-7'],
    'mg/dL',
    { 'mg/dL': 0, 'mmol/L': 1 },
    0.35,
    {
      molarMass: 28.014,
    },
  ),
  a('chloride', 'Chloride', ['2075-0', '2069-3'], 'mmol/L', MMOL, 0.04, { charge: 1 }),
  a('co2', 'Bicarbonate (CO₂)', ['2028-9', '1963-8'], 'mmol/L', MMOL, 0.12, { charge: 1 }),
  a('calcium', 'Calcium', ['17861-6', '2000-8'], 'mg/dL', { 'mg/dL': 1, 'mmol/L': 2 }, 0.06, {
    molarMass: 40.078,
  }),
  a('magnesium', 'Magnesium', ['19123-9', '2601-3'], 'mg/dL', { 'mg/dL': 1, 'mmol/L': 2 }, 0.1, {
    molarMass: 24.305,
  }),
  a('urate', 'Uric acid', ['3084-1', '14933-6'], 'mg/dL', { 'mg/dL': 1, 'umol/L': 0 }, 0.23, {
    molarMass: 168.11,
  }),
  a('hemoglobin', 'Hemoglobin', ['718-7', '20509-6'], 'g/dL', { 'g/dL': 1, 'g/L': 0 }, 0.09),
  a('hematocrit', 'Hematocrit', ['4544-3', '20570-8'], '%', { '%': 1 }, 0.09),
  a(
    'wbc',
    'White blood cells',
    ['6690-2', '26464-8'],
    '10*3/uL',
    { '10*3/uL': 1, '10*9/L': 1 },
    0.3,
  ),
  a(
    'rbc',
    'Red blood cells',
    ['789-8', '26453-1'],
    '10*6/uL',
    { '10*6/uL': 2, '10*12/L': 2 },
    0.09,
  ),
  a('platelets', 'Platelets', ['777-3', '26515-7'], '10*3/uL', { '10*3/uL': 0, '10*9/L': 0 }, 0.25),
  a('mcv', 'MCV', ['787-2'], 'fL', { fL: 1 }, 0.05),
  a('mch', 'MCH', ['785-6'], 'pg', { pg: 1 }, 0.05),
  a('mchc', 'MCHC', ['786-4'], 'g/dL', { 'g/dL': 1 }, 0.05),
  a('rdw', 'RDW', ['788-0', '21000-5'], '%', { '%': 1 }, 0.1),
  a('alt', 'ALT', ['1742-6'], 'U/L', { 'U/L': 0 }, 0.5),
  a('ast', 'AST', ['1920-8'], 'U/L', { 'U/L': 0 }, 0.35),
];
