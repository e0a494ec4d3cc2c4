/**
 * Unit conversion only through UCUM (DESIGN: "Convert units only through UCUM and refuse what cannot be
 * converted"), with the NLM's @lhncbc/ucum-lhc. Mass <-> substance (mg/dL <-> mmol/L) needs the
 * analyte's molar mass, and mEq <-> mmol its charge; ucum-lhc refuses both without them, as it should.
 */
import ucum from '@lhncbc/ucum-lhc';
import type { UcumLhcUtils } from '@lhncbc/ucum-lhc';

let utils: UcumLhcUtils | undefined;
// The unit tables load on first use (~230 kB of definitions), not at import.
const lhc = () => (utils ??= ucum.UcumLhcUtils.getInstance());

/**
 * Servers print micro as `µ` (U+00B5) or `μ` (U+03BC) in `unit`; UCUM's case-sensitive code is `u`.
 * This is the only rewriting done: anything else is passed to UCUM as sent.
 */
export const normalizeUcum = (unit: string) => unit.trim().replace(/[µμ]/g, 'u');

/**
 * UCUM's parser has no input cap: a 90 kB unit string took 8 s on the main thread. Lab units are a few
 * characters (`mL/min/{1.73_m2}`, one of the longest, is 16), so units over 64 characters are refused before UCUM sees them: counted as a unit that cannot be converted.
 */
export const MAX_UCUM_LENGTH = 64;
const tooLong = (unit: string) => unit.length > MAX_UCUM_LENGTH;

export interface ConversionFacts {
  /** g/mol */
  molarMass?: number;
  charge?: number;
}

/** `value` in `from` expressed in `to`, or undefined when UCUM cannot convert it (never a guess). */
export function convertUnit(
  value: number,
  from: string,
  to: string,
  facts: ConversionFacts = {},
): number | undefined {
  if (tooLong(from) || tooLong(to)) return undefined;
  const f = normalizeUcum(from);
  const t = normalizeUcum(to);
  if (f === t) return value;
  const result = lhc().convertUnitTo(f, value, t, {
    ...(facts.molarMass !== undefined ? { molecularWeight: facts.molarMass } : {}),
    ...(facts.charge !== undefined ? { charge: facts.charge } : {}),
  });
  return result.status === 'succeeded' &&
    typeof result.toVal === 'number' &&
    Number.isFinite(result.toVal)
    ? result.toVal
    : undefined;
}
