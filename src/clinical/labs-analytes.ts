/**
 * Which lab codes are one analyte, the unit each analyte is shown in, and what a unit conversion needs.
 * A small, documented table: LOINC codes from loinc.org (component + property: mass vs moles), molar
 * masses from PubChem. Anything not listed groups by its own code.
 */
import type { CodeableConcept } from 'fhir/r4';
import { SYSTEM } from '../fhir/codes';

export interface Analyte {
  key: string;
  name: string;
  /** LOINC codes that are the same analyte (mass and molar concentration, serum and blood). */
  loinc: readonly string[];
  /** UCUM code every value is converted to (US conventional units). */
  preferredUnit: string;
  /** g/mol, for mass <-> substance conversions through UCUM. */
  molarMass?: number;
  /** Ion charge, for mEq <-> mmol. */
  charge?: number;
  /** Rank among the hypertension-relevant analytes (lower first); undefined for the rest. */
  relevance?: number;
}

/**
 * Hypertension-relevant first: ACE inhibitors, ARBs, MRAs and diuretics move potassium, sodium,
 * creatinine and eGFR; albuminuria, HbA1c and LDL are the risk work-up of ACC/AHA 2017 (section 5.1,
 * "basic testing": electrolytes, creatinine with eGFR, glucose/HbA1c, lipid profile, urine albumin).
 */
export const ANALYTES: readonly Analyte[] = [
  {
    key: 'potassium',
    name: 'Potassium',
    loinc: ['2823-3', '6298-4'],
    preferredUnit: 'mmol/L',
    charge: 1,
    relevance: 0,
  },
  {
    key: 'sodium',
    name: 'Sodium',
    loinc: ['2951-2', '2947-0'],
    preferredUnit: 'mmol/L',
    charge: 1,
    relevance: 1,
  },
  {
    key: 'creatinine',
    name: 'Creatinine',
    loinc: ['2160-0', '38483-4', '14682-9'],
    preferredUnit: 'mg/dL',
    molarMass: 113.12,
    relevance: 2,
  },
  {
    key: 'egfr',
    name: 'eGFR',
    loinc: ['98979-8', '62238-1', '33914-3', '48642-3', '48643-1'],
    preferredUnit: 'mL/min/{1.73_m2}',
    relevance: 3,
  },
  {
    key: 'uacr',
    name: 'Urine albumin/creatinine',
    loinc: ['9318-7', '14959-1', '32294-1'],
    preferredUnit: 'mg/g',
    relevance: 4,
  },
  {
    key: 'hba1c',
    name: 'HbA1c',
    loinc: ['4548-4', '17856-6', '4549-2'],
    preferredUnit: '%',
    relevance: 5,
  },
  {
    key: 'ldl',
    name: 'LDL cholesterol',
    loinc: ['13457-7', '18262-6', '2089-1', '22748-8'],
    preferredUnit: 'mg/dL',
    molarMass: 386.65,
    relevance: 6,
  },
  {
    key: 'hdl',
    name: 'HDL cholesterol',
    loinc: ['2085-9', '14646-4'],
    preferredUnit: 'mg/dL',
    molarMass: 386.65,
  },
  {
    key: 'cholesterol',
    name: 'Total cholesterol',
    loinc: ['2093-3', '14647-2'],
    preferredUnit: 'mg/dL',
    molarMass: 386.65,
  },
  // Triglycerides as triolein (885.7 g/mol), the convention behind the 88.57 mg/dL per mmol/L factor.
  {
    key: 'triglycerides',
    name: 'Triglycerides',
    loinc: ['2571-8', '14927-8'],
    preferredUnit: 'mg/dL',
    molarMass: 885.7,
  },
  {
    key: 'glucose',
    name: 'Glucose',
    loinc: ['2345-7', '2339-0', '14749-6', '15074-8'],
    preferredUnit: 'mg/dL',
    molarMass: 180.16,
  },
];

const BY_LOINC = new Map(ANALYTES.flatMap((a) => a.loinc.map((code) => [code, a] as const)));

/** The analyte of a lab code, matched on any LOINC coding (never by position). */
export function analyteOf(code: CodeableConcept): Analyte | undefined {
  for (const coding of code.coding ?? []) {
    if (coding.system === SYSTEM.loinc && coding.code) {
      const a = BY_LOINC.get(coding.code);
      if (a) return a;
    }
  }
  return undefined;
}

/** The group key of a lab code: its analyte, else its own code (LOINC preferred), else its text. */
export function groupKeyOf(code: CodeableConcept): string | undefined {
  const analyte = analyteOf(code);
  if (analyte) return analyte.key;
  const codings = (code.coding ?? []).filter((c) => c.code);
  const own = codings.find((c) => c.system === SYSTEM.loinc) ?? codings[0];
  if (own?.code) return `${own.system ?? ''}|${own.code}`;
  const text = code.text?.trim().toLowerCase();
  return text ? `text:${text}` : undefined;
}
