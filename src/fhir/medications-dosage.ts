/** Dose and frequency text built from FHIR's structured Dosage (when the prescriber's text is absent). */
import type { Dosage, Quantity } from 'fhir/r4';
import { conceptText } from './coding';

const qty = (q: Quantity | undefined) =>
  q?.value !== undefined
    ? `${q.value}${(q.unit ?? q.code) ? ` ${q.unit ?? q.code ?? ''}` : ''}`
    : undefined;

/** `20 mg`, or `1–2 tablet` for a dose range. */
export function doseText(dosage: Dosage | undefined): string | undefined {
  const rate = dosage?.doseAndRate?.find((d) => d.doseQuantity ?? d.doseRange);
  if (rate?.doseQuantity) return qty(rate.doseQuantity);
  const low = rate?.doseRange?.low;
  const high = rate?.doseRange?.high;
  if (low?.value !== undefined && high?.value !== undefined)
    return `${low.value}–${qty(high) ?? ''}`;
  return undefined;
}

const UNIT_WORD: Record<string, string> = {
  s: 'second',
  min: 'minute',
  h: 'hour',
  d: 'day',
  wk: 'week',
  mo: 'month',
  a: 'year',
};
const TIMES = ['', 'once', 'twice'];

/** `once daily`, `twice daily`, `3 times daily`, `every 8 hours`, `once weekly`; `as needed` appended. */
export function frequencyText(dosage: Dosage | undefined): string | undefined {
  const repeat = dosage?.timing?.repeat;
  const prn = dosage?.asNeededBoolean === true || dosage?.asNeededCodeableConcept !== undefined;
  let text: string | undefined;
  const { frequency, period, periodUnit } = repeat ?? {};
  if (frequency !== undefined && period !== undefined && periodUnit !== undefined) {
    const times = TIMES[frequency] ?? `${frequency} times`;
    const word = UNIT_WORD[periodUnit] ?? periodUnit;
    if (period === 1) text = `${times} ${periodUnit === 'd' ? 'daily' : `a ${word}`}`;
    else if (frequency === 1) text = `every ${period} ${word}s`;
    else text = `${times} every ${period} ${word}s`;
  } else {
    text = conceptText(dosage?.timing?.code);
  }
  if (prn) return text ? `${text}, as needed` : 'as needed';
  return text;
}
