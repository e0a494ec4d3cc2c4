/** Which analyte a lab code is, and the group key of a lab code. Data in labs-analytes-table.ts. */
import type { CodeableConcept } from 'fhir/r4';
import { SYSTEM } from '../fhir/codes';
import { type Analyte, ANALYTES } from './labs-analytes-table';

export { ANALYTES, type Analyte } from './labs-analytes-table';

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
