/**
 * The labs summary around the analyte rules: the unit of an analyte the table does not know, the codes
 * kept for search, a result with no test code at all, and the panel's search box.
 */
import { describe, expect, it } from 'vitest';
import { readLabs } from '../fhir/labs';
import { labObs, loinc, summarize, ucumQty } from '../../mocks/test-data/labs-fixtures';
import { filterAnalytes, summarizeLabs } from './labs';

const local = (code: string) => ({ coding: [{ system: 'urn:local', code }], text: 'BNP' });

describe('an analyte the table does not know', () => {
  it.each([
    [
      'its unit is the newest result with a UCUM unit',
      [
        labObs('old', {
          code: local('BNP'),
          effectiveDateTime: '2026-01-01',
          valueQuantity: ucumQty(5, 'ng/L'),
        }),
        labObs('new', {
          code: local('BNP'),
          effectiveDateTime: '2026-02-01',
          valueQuantity: ucumQty(5, 'pg/mL'),
        }),
      ],
      'pg/mL',
    ],
    [
      'a newer text result does not set it',
      [
        labObs('q', {
          code: local('BNP'),
          effectiveDateTime: '2026-01-01',
          valueQuantity: ucumQty(5, 'pg/mL'),
        }),
        labObs('s', {
          code: local('BNP'),
          effectiveDateTime: '2026-02-01',
          valueString: 'see note',
        }),
      ],
      'pg/mL',
    ],
    [
      'a newer quantity without a unit does not set it',
      [
        labObs('q', {
          code: local('BNP'),
          effectiveDateTime: '2026-01-01',
          valueQuantity: ucumQty(5, 'pg/mL'),
        }),
        labObs('n', {
          code: local('BNP'),
          effectiveDateTime: '2026-02-01',
          valueQuantity: { value: 6 },
        }),
      ],
      'pg/mL',
    ],
    [
      'only text results: no unit',
      [labObs('s', { code: local('BNP'), valueString: 'negative' })],
      undefined,
    ],
  ])('%s', (_case, obs, unit) => {
    const [a] = summarize(obs).analytes;
    expect(a?.unit).toBe(unit);
  });
});

describe('codes kept for search', () => {
  it('every code of every result of the analyte, once each, codings without a code skipped', () => {
    const [a] = summarize([
      labObs('a', {
        code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }, { system: 'urn:x' }] },
        valueQuantity: ucumQty(4, 'mmol/L'),
      }),
      labObs('b', {
        code: {
          coding: [
            { system: 'http://loinc.org', code: '6298-4' },
            { system: 'urn:local', code: 'K' },
          ],
        },
        valueQuantity: ucumQty(4, 'mmol/L'),
      }),
      labObs('c', { code: loinc('2823-3'), valueQuantity: ucumQty(4, 'mmol/L') }),
    ]).analytes;
    expect(a?.codes.sort()).toEqual(['2823-3', '6298-4', 'K']);
  });
});

describe('a result with no test code at all', () => {
  it('is counted unreadable, "no test code", beside the reader\'s own', () => {
    const read = readLabs([
      labObs('k', { valueQuantity: ucumQty(4, 'mmol/L') }),
      { resourceType: 'Observation' },
    ]);
    const [first] = read.results;
    if (!first) throw new Error('no result');
    const s = summarizeLabs({ ...read, results: [{ ...first, id: 'Observation/k', code: {} }] });
    expect(s.analytes).toEqual([]);
    expect(s.unreadable.map((u) => u.reason).at(-1)).toBe('no test code');
    expect(s.unreadable.at(-1)?.label).toBe('Observation/k');
    expect(s.unreadable).toHaveLength(read.unreadable.length + 1);
  });
});

describe('filterAnalytes: the search box', () => {
  const analytes = summarize([
    labObs('k', {
      code: { ...loinc('2823-3'), text: 'Serum potassium' },
      valueQuantity: ucumQty(4, 'mmol/L'),
    }),
    labObs('c', { code: loinc('2160-0'), valueQuantity: ucumQty(1, 'mg/dL') }),
  ]).analytes;
  it.each([
    ['empty: everything', '', ['creatinine', 'potassium']],
    ['blank: everything', '   ', ['creatinine', 'potassium']],
    ['the analyte name, any case', 'CREAT', ['creatinine']],
    ['with spaces around', '  potass ', ['potassium']],
    ['a LOINC code', '2160', ['creatinine']],
    ["the result's own name", 'serum', ['potassium']],
    ['nothing matches', 'zinc', []],
  ])('%s', (_case, query, keys) => {
    expect(
      filterAnalytes(analytes, query)
        .map((a) => a.key)
        .sort(),
    ).toEqual(keys);
  });
});
