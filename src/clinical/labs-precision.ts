/**
 * Lab values shown to their analyte's clinical precision (DESIGN: "Values are shown to each analyte's
 * clinical precision; the stored value stays reachable"). Servers send raw floats such as
 * 71.40235581947214; printing them invites transcription errors. Rounding is done on the decimal digits
 * as sent (half away from zero, as laboratories round), never on a binary float, and never to more
 * decimals than the server sent. Pure.
 */
import type { Analyte } from './labs-analytes';
import { normalizeUcum } from './ucum';
import { ownValue } from '../fhir/own-key';

/** Analytes (or units) not in the table: three significant figures, the usual analyser resolution. */
export const DEFAULT_SIGNIFICANT = 3;
const MAX_DECIMALS = 20;

/** The number as a plain decimal string (no exponent): 1e-7 -> "0.0000001". */
export function plainDecimal(v: number): string {
  const s = String(v);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const point = 1 + exp;
  return digits.length <= point
    ? `${sign}${digits}${'0'.repeat(point - digits.length)}`
    : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** How many decimals the server sent (as JSON carries them: 5.10 arrives as 5.1). */
export function decimalsSent(v: number): number {
  const frac = plainDecimal(v).split('.')[1];
  return frac ? frac.length : 0;
}

/** Rounds a plain decimal string to `d` decimals, half away from zero; never pads with zeros. */
export function roundDecimal(plain: string, d: number): string {
  const neg = plain.startsWith('-');
  const [int = '0', frac = ''] = (neg ? plain.slice(1) : plain).split('.');
  if (frac.length <= d) return plain;
  const digits = (int + frac.slice(0, d)).split('').map(Number);
  if (Number(frac[d]) >= 5) {
    let i = digits.length - 1;
    for (; i >= 0; i--) {
      if (digits[i] === 9) digits[i] = 0;
      else {
        digits[i] = (digits[i] ?? 0) + 1;
        break;
      }
    }
    if (i < 0) digits.unshift(1);
  }
  const str = digits.join('');
  const cut = str.length - d;
  const out = d > 0 ? `${str.slice(0, cut)}.${str.slice(cut)}` : str;
  return neg && !/^[0.]+$/.test(out) ? `-${out}` : out;
}

/** Decimals that give `sig` significant figures: 71.4 -> 1, 0.845 -> 3, 1254 -> 0. */
export function significantDecimals(v: number, sig = DEFAULT_SIGNIFICANT): number {
  if (v === 0 || !Number.isFinite(v)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  return Math.min(MAX_DECIMALS, Math.max(0, sig - 1 - magnitude));
}

/** The analyte's reporting decimals in this unit, or undefined (then: significant figures). */
export function tableDecimals(analyte: Analyte | undefined, unit: string | undefined) {
  if (!analyte || unit === undefined) return undefined;
  const u = normalizeUcum(unit);
  const exact = ownValue(analyte.decimals, u);
  if (exact !== undefined) return exact;
  const lower = u.toLowerCase();
  return Object.entries(analyte.decimals).find(([k]) => k.toLowerCase() === lower)?.[1];
}

/** Decimals a value is shown with: the analyte's (or 3 significant figures), at most those sent. */
export const shownDecimals = (v: number, decimals: number | undefined) =>
  Math.min(decimalsSent(v), decimals ?? significantDecimals(v));

export interface LabNumberText {
  text: string;
  /** The value as stored, when rounding changed what is shown. */
  stored?: string;
}

/** A value as sent, shown to its precision: 71.40235581947214 eGFR -> "71" (stored kept). */
export function formatLabNumber(v: number, decimals: number | undefined): LabNumberText {
  const plain = plainDecimal(v);
  const text = roundDecimal(plain, shownDecimals(v, decimals));
  return text === plain ? { text } : { text, stored: plain };
}

/**
 * A value the app computed (a unit conversion, a change): rounded to the precision, trailing zeros
 * dropped, because a zero the lab never measured would claim a resolution the result does not have.
 */
export function formatComputed(v: number, decimals: number | undefined): string {
  const text = roundDecimal(plainDecimal(v), shownDecimals(v, decimals));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
