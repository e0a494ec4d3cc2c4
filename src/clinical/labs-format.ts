/** Text for lab values, units and ranges, as the labs panel prints them. Pure. */
import type { CodeableConcept } from 'fhir/r4';
import type { LabQuantity, LabRange, LabValue } from '../fhir/labs';
import { conceptText } from '../fhir/coding';

/** UCUM codes whose printed form differs from the code (annotations in braces, micro as `u`). */
const PRINTED: Record<string, string> = {
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  'umol/L': 'µmol/L',
  'ug/L': 'µg/L',
  '10*3/uL': '10³/µL',
};

export const printUnit = (ucum: string | undefined) => (ucum ? (PRINTED[ucum] ?? ucum) : undefined);

export function quantityText(q: LabQuantity): string {
  return `${q.comparator ?? ''}${q.value}`;
}

export function valueText(v: LabValue): string {
  switch (v.kind) {
    case 'quantity':
      return quantityText(v);
    case 'coded':
    case 'string':
      return v.text;
    case 'absent':
      return `No value (${v.text})`;
  }
}

const appliesText = (appliesTo: readonly CodeableConcept[]) => {
  const texts = appliesTo.map((c) => conceptText(c)).filter((t): t is string => Boolean(t));
  return texts.length ? ` (${texts.join(', ')})` : '';
};

/** FHIR range bounds are inclusive: a low-only range prints as "≥ low", a high-only one as "≤ high". */
export function rangeText(r: LabRange): string {
  const unit = printUnit(r.high?.unit ?? r.low?.unit);
  const u = unit ? ` ${unit}` : '';
  let text: string;
  if (r.low && r.high) text = `${quantityText(r.low)}–${quantityText(r.high)}${u}`;
  else if (r.low) text = `≥ ${quantityText(r.low)}${u}`;
  else if (r.high) text = `≤ ${quantityText(r.high)}${u}`;
  else text = r.text ?? '';
  return `${text}${appliesText(r.appliesTo)}`;
}

export function rangesText(
  ranges: readonly LabRange[],
  isBroken: (r: LabRange) => boolean,
): string | undefined {
  const parts = ranges.map((r) =>
    isBroken(r) ? `${rangeText(r)} — ignored: low above high` : rangeText(r),
  );
  return parts.length ? parts.join('; ') : undefined;
}
