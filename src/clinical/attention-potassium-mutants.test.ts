/**
 * Potassium after a RAAS blocker, MRA or diuretic change (KDIGO 2021; MRA labelling): each boundary the
 * mutation run found unpinned, one named case each (rule in attention-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  ago,
  analyte,
  lisinoprilIncrease,
  meds,
  o,
  started,
  type Point,
} from '../../mocks/test-data/attention-fixtures';
import { medEntry } from '../../mocks/test-data/medication-entry';
import { potassiumAfterChange } from './attention-rules';

const potassium = (points: Point[]) => [analyte('potassium', 'mmol/L', points)];
const afterChange = (items: ReturnType<typeof potassiumAfterChange>) =>
  items.filter((i) => i.key === 'potassium-after-change');

describe('potassium: which change it follows (KDIGO 2021)', () => {
  it.each([
    ['a result the moment of the change counts as after it', 10, [[10, 5.4, 'H']] as Point[], 1],
    ['exactly 90 days after the change still counts', 100, [[10, 5.4, 'H']] as Point[], 1],
    ['91 days after does not', 101, [[10, 5.4, 'H']] as Point[], 0],
  ])('%s', (_name, changeDays, points, n) => {
    const items = potassiumAfterChange(potassium(points), meds(lisinoprilIncrease(changeDays)), o);
    expect(afterChange(items)).toHaveLength(n);
  });
  it.each([
    [
      'a stop is not a change to follow up',
      [started('l', 'lisinopril 10 MG Oral Tablet', 400, 'stopped')].map((e) => ({
        ...e,
        end: ago(30),
      })),
      undefined,
    ],
    [
      'amlodipine does not act on potassium',
      [started('a', 'amlodipine 5 MG Oral Tablet', 30)],
      undefined,
    ],
    [
      'starting a diuretic',
      [started('c', 'chlorthalidone 25 MG Oral Tablet', 30)],
      'Potassium 5.4 mmol/L (High) after starting chlorthalidone',
    ],
    [
      'the latest of two changes is named',
      [started('c', 'chlorthalidone 25 MG Oral Tablet', 30), ...lisinoprilIncrease(60)],
      'Potassium 5.4 mmol/L (High) after starting chlorthalidone',
    ],
    [
      'the latest of two changes, listed the other way round',
      [
        started('c', 'chlorthalidone 25 MG Oral Tablet', 80),
        ...lisinoprilIncrease(300).slice(0, 1),
        started('l2', 'lisinopril 20 MG Oral Tablet', 40),
      ],
      'Potassium 5.4 mmol/L (High) after starting lisinopril',
    ],
    [
      'a switch from one ARB to another',
      [
        medEntry({
          id: 'MedicationRequest/v',
          name: 'valsartan 80 MG Oral Tablet',
          status: 'stopped',
          start: ago(400),
          end: ago(30),
        }),
        started('los', 'losartan 50 MG Oral Tablet', 30),
      ],
      'Potassium 5.4 mmol/L (High) after the switch to losartan',
    ],
  ])('%s', (_name, entries, title) => {
    const [item] = afterChange(potassiumAfterChange(potassium([[10, 5.4, 'H']]), meds(entries), o));
    expect(item?.title).toBe(title);
  });
  it.each([
    ['a baseline exactly a year before the change is used', 365, '; 4.1 mmol/L before it'],
    ['one a year and a day before is too old', 366, undefined],
  ])('%s', (_name, before, words) => {
    const items = potassiumAfterChange(
      potassium([
        [45 + before, 4.1],
        [10, 5.4, 'H'],
      ]),
      meds(lisinoprilIncrease(45)),
      o,
    );
    const detail = afterChange(items)[0]?.detail ?? '';
    if (words) expect(detail).toContain(words);
    else expect(detail).not.toContain('before it');
  });
  it('a result at the moment of the change is not its baseline', () => {
    const items = potassiumAfterChange(
      potassium([
        [45, 4.1],
        [10, 5.4, 'H'],
      ]),
      meds(lisinoprilIncrease(45)),
      o,
    );
    expect(afterChange(items)[0]?.detail).toBe(
      '10 Mar, 35 days after Lisinopril 10 mg → 20 mg (3 Feb). KDIGO 2021: recheck potassium and creatinine after starting or increasing an ACE inhibitor, ARB, MRA or diuretic.',
    );
  });
});

describe('potassium: the item and the MRA warning', () => {
  const spiro = (fields: Parameters<typeof medEntry>[0]) =>
    medEntry({ id: 'MedicationRequest/s', name: 'spironolactone 25 MG Oral Tablet', ...fields });
  it.each([
    ['no potassium result at all', [analyte('potassium', 'mmol/L', [])]],
    ['potassium normal', potassium([[10, 4.6]])],
  ])('%s: nothing', (_name, analytes) => {
    expect(potassiumAfterChange(analytes, meds([spiro({})]), o)).toEqual([]);
  });
  it('the item as a whole, unflagged and without a unit', () => {
    const items = potassiumAfterChange(
      [analyte('potassium', '', [[10, 5.2]])],
      meds([...lisinoprilIncrease(45), spiro({ status: 'active' })]),
      o,
    );
    expect(items).toEqual([
      {
        kind: 'potassium',
        key: 'potassium-after-change',
        severity: 'warning',
        title: 'Potassium 5.2 after the lisinopril dose change',
        detail:
          '10 Mar, 35 days after Lisinopril 10 mg → 20 mg (3 Feb). KDIGO 2021: recheck potassium and creatinine after starting or increasing an ACE inhibitor, ARB, MRA or diuretic.',
        evidence: { kind: 'lab', key: 'potassium' },
      },
      {
        kind: 'potassium',
        key: 'potassium-mra-MedicationRequest/s',
        severity: 'warning',
        title: 'spironolactone 25 MG Oral Tablet is taken while potassium is 5.2',
        detail:
          'Mineralocorticoid antagonists raise potassium; their labelling advises against starting them above 5.0 mmol/L.',
        evidence: { kind: 'medication', id: 'MedicationRequest/s' },
      },
    ]);
  });
  it.each([
    ['an MRA stopped', spiro({ status: 'stopped' }), 0],
    ['an MRA planned', spiro({ intent: 'plan' }), 1],
    ['an MRA taken', spiro({}), 1],
    [
      'a planned ACE inhibitor is not an MRA',
      medEntry({ name: 'lisinopril 10 MG Oral Tablet', intent: 'plan' }),
      0,
    ],
  ])('%s', (_name, entry, n) => {
    const items = potassiumAfterChange(potassium([[10, 5.4, 'H']]), meds([entry]), o);
    expect(items.filter((i) => i.key.startsWith('potassium-mra'))).toHaveLength(n);
  });
});
