import type { CodeableConcept } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { LabRange } from '../fhir/labs';
import { chooseRange, isBroken } from './labs-flags';

// The reference range that applies: a normal / recommended one whose appliesTo matches what is known
// of the patient (FHIR R4 Observation.referenceRange.type and .appliesTo); broken ones counted.
const q = (value: number) => ({ value, ucum: 'mmol/L' });
const r = (low?: number, high?: number, extra: Partial<LabRange> = {}): LabRange => ({
  ...(low !== undefined ? { low: q(low) } : {}),
  ...(high !== undefined ? { high: q(high) } : {}),
  appliesTo: [],
  ...extra,
});
const sex = (coding: { code: string }[], text?: string): CodeableConcept => ({
  coding,
  ...(text ? { text } : {}),
});

describe('chooseRange', () => {
  it.each([
    ['low equal to high is not broken', r(3, 3), false],
    ['low above high is broken', r(3.1, 3), true],
    ['low only is not broken', r(3), false],
    ['high only is not broken', r(undefined, 3), false],
  ])('isBroken: %s', (_name, range, broken) => {
    expect(isBroken(range)).toBe(broken);
  });

  it.each([
    ['a normal range', r(1, 3, { type: 'normal' }), true],
    ['a recommended range', r(1, 3, { type: 'recommended' }), true],
    ['a treatment range', r(1, 3, { type: 'treatment' }), false],
    ['a text-only range', r(undefined, undefined, { text: '1-3' }), false],
    ['a low-only range', r(1), true],
    ['a high-only range', r(undefined, 3), true],
    [
      'a high bound with a comparator',
      r(1, undefined, { high: { value: 3, comparator: '<' } }),
      false,
    ],
  ])('%s applies: %s', (_name, range, applies) => {
    expect(chooseRange([range]).range).toBe(applies ? range : undefined);
  });

  it('counts every broken range and still uses a clean one', () => {
    const clean = r(1, 3);
    expect(chooseRange([r(5, 1), r(9, 2), clean])).toEqual({ range: clean, broken: 2 });
  });

  it('the first general range wins', () => {
    const first = r(1, 3);
    expect(chooseRange([first, r(2, 4)]).range).toBe(first);
  });

  it.each<[string, 'male' | 'female', CodeableConcept[]]>([
    ['SNOMED male', 'male', [sex([{ code: '248153007' }])]],
    ['administrative gender male', 'male', [sex([{ code: 'male' }])]],
    ['v2 M', 'male', [sex([{ code: 'M' }])]],
    ['text "Male"', 'male', [sex([], 'Male')]],
    ['SNOMED female', 'female', [sex([{ code: '248152002' }])]],
    ['administrative gender female', 'female', [sex([{ code: 'female' }])]],
    ['v2 F', 'female', [sex([{ code: 'F' }])]],
    ['text "FEMALE"', 'female', [sex([], 'FEMALE')]],
    ['the second concept names the sex', 'female', [{ text: 'adult' }, sex([{ code: 'F' }])]],
  ])('a %s range is used for that sex, over a general one', (_name, who, appliesTo) => {
    const general = r(1, 3);
    const specific = r(2, 4, { appliesTo });
    expect(chooseRange([general, specific], who).range).toBe(specific);
    const other = who === 'male' ? 'female' : 'male';
    expect(chooseRange([general, specific], other).range).toBe(general);
    expect(chooseRange([general, specific]).range).toBe(general);
  });

  it('the first matching sex-specific range wins', () => {
    const a = r(1, 3, { appliesTo: [sex([{ code: 'F' }])] });
    const b = r(2, 4, { appliesTo: [sex([{ code: 'F' }])] });
    expect(chooseRange([a, b], 'female').range).toBe(a);
  });

  it('a range for another population (age) is never assumed', () => {
    const adults = r(1, 3, { appliesTo: [{ text: 'age 18-65' }] });
    expect(chooseRange([adults], 'female')).toEqual({ broken: 0 });
  });
});
