/**
 * The structured Dosage as data: the dose amount (a quantity, or a range) and the frequency in words.
 * Every field is read only when it has its FHIR R4 type (https://hl7.org/fhir/R4/dosage.html).
 */
import { type Json, conceptWords, num, obj, objs, str } from './medications-json';
import { ownValue } from './own-key';

/** A dose as written: `{ value: 1 }` (no unit: one of the product's units), `{ value: 20, unit: 'mg' }`. */
export interface DoseAmount {
  value: number;
  /** The top of a dose range (`1–2 tablet`). */
  high?: number;
  unit?: string;
}

const unitOf = (q: Json) => str(q.unit) ?? str(q.code);

export function doseAmount(dosage: Json | undefined): DoseAmount | undefined {
  for (const rate of objs(dosage?.doseAndRate)) {
    const q = obj(rate.doseQuantity);
    const value = num(q?.value);
    if (q && value !== undefined) {
      const unit = unitOf(q);
      return { value, ...(unit ? { unit } : {}) };
    }
    const range = obj(rate.doseRange);
    const low = obj(range?.low);
    const high = obj(range?.high);
    const lo = num(low?.value);
    const hi = num(high?.value);
    if (low && high && lo !== undefined && hi !== undefined) {
      const unit = unitOf(high) ?? unitOf(low);
      return { value: lo, high: hi, ...(unit ? { unit } : {}) };
    }
  }
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
export function frequencyText(dosage: Json | undefined): string | undefined {
  const timing = obj(dosage?.timing);
  const repeat = obj(timing?.repeat);
  const prn =
    dosage?.asNeededBoolean === true || obj(dosage?.asNeededCodeableConcept) !== undefined;
  let text: string | undefined;
  const frequency = num(repeat?.frequency);
  const period = num(repeat?.period);
  const unit = str(repeat?.periodUnit);
  const word = unit !== undefined ? ownValue(UNIT_WORD, unit) : undefined;
  // frequency is a positiveInt and period a positive decimal (R4 Timing.repeat); else the code's words.
  const sound =
    frequency !== undefined &&
    Number.isInteger(frequency) &&
    frequency >= 1 &&
    period !== undefined &&
    period > 0;
  if (sound && word !== undefined) {
    const times = TIMES[frequency] ?? `${frequency} times`;
    if (period === 1)
      text = `${times} ${unit === 'd' ? 'daily' : `${word === 'hour' ? 'an' : 'a'} ${word}`}`;
    else if (frequency === 1) text = `every ${period} ${word}s`;
    else text = `${times} every ${period} ${word}s`;
  } else {
    text = conceptWords(timing?.code);
  }
  if (prn) return text ? `${text}, as needed` : 'as needed';
  return text;
}
