/**
 * Text for lab values, units and ranges, as the labs panel prints them, each number at its analyte's
 * precision (labs-precision.ts). Comparator values (`<0.05`) are a detection limit, not a measurement:
 * they are printed exactly as sent, since rounding `<0.05` to `<0.1` would move the limit. Pure.
 */
import type { CodeableConcept } from 'fhir/r4';
import { conceptText } from '../fhir/coding';
import type { LabQuantity, LabRange, LabValue } from '../fhir/labs';
import { ownValue } from '../fhir/own-key';
import type { Analyte } from './labs-analytes';
import {
  type LabNumberText,
  formatComputed,
  formatLabNumber,
  plainDecimal,
  tableDecimals,
} from './labs-precision';

/** UCUM codes whose printed form differs from the code (annotations in braces, powers, micro as `u`). */
const PRINTED: Record<string, string> = {
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  '10*3/uL': '10³/µL',
  '10*6/uL': '10⁶/µL',
  '10*9/L': '10⁹/L',
  '10*12/L': '10¹²/L',
};

/** UCUM's micro prefix `u` before the base units labs use (not the `u` of words such as "units"). */
const MICRO = /(^|\/)u(?=(?:mol|eq|g|L|U|IU|kat)(?![a-z]))/g;

/** The unit for display: known UCUM forms in print, and UCUM's `u` for micro as `µ` (umol/L -> µmol/L). */
export function printUnit(ucum: string | undefined): string | undefined {
  if (!ucum) return undefined;
  const printed = ownValue(PRINTED, ucum);
  if (printed) return printed;
  return ucum.replace(MICRO, '$1µ');
}

/** A quantity's number at the analyte's precision in the quantity's own unit (stored value kept). */
export function quantityNumber(q: LabQuantity, analyte: Analyte | undefined): LabNumberText {
  if (q.comparator) return { text: `${q.comparator}${plainDecimal(q.value)}` };
  return formatLabNumber(q.value, tableDecimals(analyte, q.ucum ?? q.unit));
}

export function valueText(v: LabValue, analyte: Analyte | undefined): LabNumberText {
  switch (v.kind) {
    case 'quantity':
      return quantityNumber(v, analyte);
    case 'coded':
    case 'string':
      return { text: v.text };
    case 'absent':
      return { text: `No value (${v.text})` };
  }
}

const appliesText = (appliesTo: readonly CodeableConcept[]) => {
  const texts = appliesTo.map((c) => conceptText(c)).filter((t): t is string => Boolean(t));
  return texts.length ? ` (${texts.join(', ')})` : '';
};

/**
 * FHIR range bounds are inclusive: a low-only range prints as "≥ low", a high-only one as "≤ high".
 * Bounds print at the same precision as values; a bound with a comparator prints as sent.
 */
export function rangeText(r: LabRange, analyte: Analyte | undefined): string {
  const unit = printUnit(r.high?.unit ?? r.low?.unit);
  const u = unit ? ` ${unit}` : '';
  const n = (q: LabQuantity) => quantityNumber(q, analyte).text;
  let text: string;
  if (r.low && r.high) text = `${n(r.low)}–${n(r.high)}${u}`;
  else if (r.low) text = `${r.low.comparator ? '' : '≥ '}${n(r.low)}${u}`;
  else if (r.high) text = `${r.high.comparator ? '' : '≤ '}${n(r.high)}${u}`;
  else text = r.text ?? '';
  return `${text}${appliesText(r.appliesTo)}`;
}

export function rangesText(
  ranges: readonly LabRange[],
  analyte: Analyte | undefined,
  isBroken: (r: LabRange) => boolean,
): string | undefined {
  const parts = ranges.map((r) =>
    isBroken(r) ? `${rangeText(r, analyte)} — ignored: low above high` : rangeText(r, analyte),
  );
  return parts.length ? parts.join('; ') : undefined;
}

/** A band in the analyte's unit (converted bounds): `3.5–5.1`, `≥ 60`, `≤ 200`. */
export function bandText(
  low: number | undefined,
  high: number | undefined,
  decimals: number | undefined,
): string | undefined {
  const n = (v: number) => formatComputed(v, decimals);
  if (low !== undefined && high !== undefined) return `${n(low)}–${n(high)}`;
  if (low !== undefined) return `≥ ${n(low)}`;
  if (high !== undefined) return `≤ ${n(high)}`;
  return undefined;
}
