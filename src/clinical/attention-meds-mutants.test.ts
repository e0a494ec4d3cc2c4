/**
 * Medicines that raise BP (ACC/AHA 2017 Table 12, the NSAID "triple whammy") and clinical inertia (AHA/ACC
 * monthly follow-up): each boundary the mutation run found unpinned, one named case each.
 */
import { describe, expect, it } from 'vitest';
import { twiceDaily, TZ } from '../../mocks/test-data/bp-readings';
import { ago, meds, NOW, o, started } from '../../mocks/test-data/attention-fixtures';
import { bpRaisingMedicines, clinicalInertia } from './attention-rules';
import { protocolAverage } from './bp-average';
import { resolveGoal } from './bp-goal';
import { DAY } from './time';

const IBUPROFEN = started('i', 'ibuprofen 400 MG Oral Tablet', 90);
const LISINOPRIL = started('l', 'lisinopril 20 MG Oral Tablet', 300);
const CHLORTHALIDONE = started('c', 'chlorthalidone 25 MG Oral Tablet', 300);
const TABLE_12 =
  'Listed among medicines that raise BP (ACC/AHA 2017, Table 12): consider stopping it or an alternative.';
const AKI =
  ' Taken with an ACE inhibitor or ARB and a diuretic, it also raises the risk of acute kidney injury.';

describe('medicines that raise BP: the item', () => {
  it('an NSAID alone: its words, and the medicine it links to', () => {
    expect(bpRaisingMedicines([IBUPROFEN])).toEqual([
      {
        kind: 'bp-raising-medicine',
        key: 'raising-MedicationRequest/i',
        severity: 'warning',
        title: 'ibuprofen 400 MG Oral Tablet: NSAID, can raise blood pressure',
        detail: TABLE_12,
        evidence: { kind: 'medication', id: 'MedicationRequest/i' },
      },
    ]);
  });
});

describe('the NSAID + RAAS blocker + diuretic combination (Lapi F et al., BMJ 2013)', () => {
  it.each([
    [
      'with an ARB and a thiazide',
      [started('los', 'losartan 50 MG Oral Tablet', 300), CHLORTHALIDONE],
      true,
    ],
    [
      'with an ACE inhibitor and a loop diuretic',
      [LISINOPRIL, started('f', 'furosemide 40 MG Oral Tablet', 300)],
      true,
    ],
    [
      'with an ACE inhibitor and an MRA',
      [LISINOPRIL, started('s', 'spironolactone 25 MG Oral Tablet', 300)],
      true,
    ],
    [
      'with one combination tablet of both',
      [started('lh', 'hydrochlorothiazide 12.5 MG / lisinopril 10 MG Oral Tablet', 300)],
      true,
    ],
    ['with an ACE inhibitor only', [LISINOPRIL], false],
    [
      'with an ACE inhibitor and amlodipine (not a diuretic)',
      [LISINOPRIL, started('a', 'amlodipine 5 MG Oral Tablet', 300)],
      false,
    ],
    ['with a diuretic only', [CHLORTHALIDONE], false],
  ])('%s: %s', (_name, others, triple) => {
    const [item] = bpRaisingMedicines([IBUPROFEN, ...others]);
    expect(item?.detail).toBe(triple ? `${TABLE_12}${AKI}` : TABLE_12);
  });
  it('prednisone with an ACE inhibitor and a diuretic is not the NSAID combination', () => {
    const entries = [started('p', 'predniSONE 10 MG Oral Tablet', 30), LISINOPRIL, CHLORTHALIDONE];
    expect(bpRaisingMedicines(entries).map((i) => i.detail)).toEqual([TABLE_12]);
  });
});

describe('4 weeks above goal with no medication change: the boundaries', () => {
  const goal = resolveGoal({});
  const month = twiceDaily([2026, 3, 20], 30, 138, 86);
  /** The start of the oldest of the four weekly periods. */
  const since = protocolAverage(month, NOW - 21 * DAY, TZ).from;
  const inertia = (entries: Parameters<typeof meds>[0], readings = month) =>
    clinicalInertia(readings, meds(entries), goal, o);
  const lisinoprilAt = (t: number) => [{ ...LISINOPRIL, start: t }];

  it('no medicine at all: the item says no change is in the record', () => {
    expect(inertia([])).toEqual([
      {
        kind: 'inertia',
        key: 'inertia',
        severity: 'warning',
        title: 'Above goal for 4 weeks with no medication change',
        detail:
          'Weekly home averages 138/86, 138/86, 138/86, 138/86 (newest first) against a goal below 130/80; no antihypertensive change in the record.',
        evidence: { kind: 'bp' },
      },
    ]);
  });
  it.each([
    ['a change 20 days ago, inside the oldest week', lisinoprilAt(ago(20)), 0],
    ['a change at the very start of the oldest week', lisinoprilAt(since), 0],
    ['a change an hour before the oldest week began', lisinoprilAt(since - 3_600_000), 1],
    ['a change this very moment', lisinoprilAt(NOW), 0],
    ['a start dated tomorrow is not a change made yet', lisinoprilAt(NOW + DAY), 1],
  ])('%s', (_name, entries, n) => {
    expect(inertia(entries)).toHaveLength(n);
  });
  it('an oldest week above goal but with too few readings for an average', () => {
    const sparse = month.filter((r) => NOW - r.time < 21 * DAY || NOW - r.time > 26 * DAY);
    expect(protocolAverage(sparse, NOW - 21 * DAY, TZ)).toMatchObject({ sufficient: false });
    expect(inertia([], sparse)).toEqual([]);
  });
});
