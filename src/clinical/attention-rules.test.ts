/** Each attention rule at its boundaries (sources in attention-rules.ts). */
import { describe, expect, it } from 'vitest';
import { local, reading, twiceDaily, TZ } from '../../mocks/test-data/bp-readings';
import { medEntry } from '../../mocks/test-data/medication-entry';
import type { MedicationEntry } from '../fhir/medications';
import { attentionItems } from './attention';
import {
  bpRaisingMedicines,
  clinicalInertia,
  criticalLabs,
  kidneyAfterChange,
  noRecentUacr,
  potassiumAfterChange,
  recentSevere,
} from './attention-rules';
import { resolveGoal } from './bp-goal';
import type { AnalyteSummary, LabRow, TrendPoint } from './labs';
import type { LabFlag } from './labs-flags';
import { DAY } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const o = { now: NOW, timeZone: TZ };
const ago = (days: number) => NOW - days * DAY;

const FLAGS: Record<string, LabFlag> = {
  H: { code: 'H', label: 'High', severity: 'abnormal', computed: false },
  L: { code: 'L', label: 'Low', severity: 'abnormal', computed: false },
  HH: { code: 'HH', label: 'Critical high', severity: 'critical', computed: false },
};

/** An analyte from [days ago, value, flag] points, oldest first. */
function analyte(key: string, unit: string, points: [number, number, string?][]): AnalyteSummary {
  const trend: TrendPoint[] = points.map(([d, value, flag], i) => ({
    id: `${key}-${i}`,
    t: ago(d),
    value,
    text: String(value),
    ...(flag ? { flag: FLAGS[flag] } : {}),
  }));
  const rows: LabRow[] = trend
    .map((p) => ({
      id: p.id,
      t: p.t,
      precision: 'time' as const,
      name: key,
      valueText: p.text,
      unit,
      ...(p.flag ? { flag: p.flag } : {}),
      unconvertible: false,
      inTrend: true,
    }))
    .reverse();
  const latest = rows[0] as LabRow;
  return {
    key,
    name: key,
    unit,
    codes: [],
    latest,
    tier: 'other',
    rows,
    trend,
    unconvertible: 0,
    brokenRanges: 0,
  };
}

/** Lisinopril 10 mg until `changeDays` ago, then 20 mg (a renewal chain: one dose change). */
function lisinoprilIncrease(changeDays: number): MedicationEntry[] {
  return [
    medEntry({
      id: 'MedicationRequest/l10',
      name: 'lisinopril 10 MG Oral Tablet',
      status: 'stopped',
      start: ago(400),
      end: ago(changeDays),
    }),
    medEntry({
      id: 'MedicationRequest/l20',
      name: 'lisinopril 20 MG Oral Tablet',
      start: ago(changeDays),
      priorId: 'MedicationRequest/l10',
    }),
  ];
}
const meds = (entries: MedicationEntry[]) => ({ entries, complete: true });

describe('critical labs: the latest result only', () => {
  it.each([
    ['latest flagged HH', [[60, 1250, 'HH']] as [number, number, string?][], 1],
    [
      'critical once, normal since',
      [
        [60, 1250, 'HH'],
        [10, 90],
      ] as [number, number, string?][],
      0,
    ],
    ['high but not critical', [[10, 400, 'H']] as [number, number, string?][], 0],
  ])('%s', (_name, points, n) => {
    expect(criticalLabs([analyte('bnp', 'pg/mL', points)], o)).toHaveLength(n);
  });
});

describe('severe readings of the last 7 days', () => {
  it.each([
    ['one 6 days ago', ago(6), 1],
    ['one 8 days ago (the BP panel lists it; not here)', ago(8), 0],
  ])('%s', (_name, t, n) => {
    expect(recentSevere([reading(t, 186, 124)], o)).toHaveLength(n);
  });
  it('names the highest and links to it', () => {
    const rs = [reading(ago(3), 186, 100), reading(ago(2), 200, 110)];
    const [item] = recentSevere(rs, o);
    expect(item?.title).toBe('2 severe readings in the last 7 days');
    expect(item?.evidence).toEqual({ kind: 'bp', readingId: rs[1]?.id });
  });
});

describe('potassium after a RAAS blocker, MRA or diuretic change (KDIGO 2021)', () => {
  it.each([
    [
      '5.4 H, 35 days after the increase',
      45,
      [
        [75, 4.3],
        [10, 5.4, 'H'],
      ],
      1,
    ],
    [
      '5.1 unflagged: not above 5.0?',
      45,
      [
        [75, 4.3],
        [10, 5.0],
      ],
      0,
    ],
    [
      '5.2 unflagged is above 5.0',
      45,
      [
        [75, 4.3],
        [10, 5.2],
      ],
      1,
    ],
    [
      'high but 120 days after the change: outside the follow-up',
      130,
      [
        [200, 4.3],
        [10, 5.4, 'H'],
      ],
      0,
    ],
    ['high before the change: not after it', 5, [[10, 5.4, 'H']], 0],
  ] as const)('%s', (_name, changeDays, points, n) => {
    const items = potassiumAfterChange(
      [
        analyte(
          'potassium',
          'mmol/L',
          points.map((p) => [...p]),
        ),
      ],
      meds(lisinoprilIncrease(changeDays)),
      o,
    );
    expect(items.filter((i) => i.key === 'potassium-after-change')).toHaveLength(n);
  });

  it('an MRA planned while potassium is high', () => {
    const plan = medEntry({
      id: 'MedicationRequest/spiro',
      name: 'spironolactone 25 MG Oral Tablet',
      intent: 'plan',
      status: 'active',
    });
    const items = potassiumAfterChange(
      [analyte('potassium', 'mmol/L', [[10, 5.4, 'H']])],
      meds([plan]),
      o,
    );
    expect(items.map((i) => i.title)).toEqual([
      'spironolactone 25 MG Oral Tablet is planned while potassium is 5.4 mmol/L',
    ]);
  });
});

describe('kidney function after a change (KDIGO 2021: creatinine rise > 30 %)', () => {
  const run = (creatinine: [number, number, string?][], egfr: [number, number, string?][]) =>
    kidneyAfterChange(
      [analyte('creatinine', 'mg/dL', creatinine), analyte('egfr', 'mL/min', egfr)],
      meds(lisinoprilIncrease(45)),
      o,
    );
  it.each([
    [
      'a 31 % rise',
      [
        [75, 1.0],
        [10, 1.31],
      ],
      [
        [75, 70],
        [10, 65],
      ],
      1,
    ],
    [
      'a 30 % rise exactly is not more than 30 %',
      [
        [75, 1.0],
        [10, 1.3],
      ],
      [
        [75, 70],
        [10, 65],
      ],
      0,
    ],
    [
      'a small rise, flagged high',
      [
        [75, 1.2],
        [10, 1.34, 'H'],
      ],
      [
        [75, 70],
        [10, 65],
      ],
      1,
    ],
    [
      'eGFR falls below its range',
      [
        [75, 1.0],
        [10, 1.1],
      ],
      [
        [75, 74],
        [10, 58, 'L'],
      ],
      1,
    ],
    [
      'eGFR low but higher than before',
      [
        [75, 1.0],
        [10, 1.0],
      ],
      [
        [75, 50, 'L'],
        [10, 55, 'L'],
      ],
      0,
    ],
    [
      'no change at all',
      [
        [75, 1.0],
        [10, 1.02],
      ],
      [
        [75, 70],
        [10, 69],
      ],
      0,
    ],
  ] as const)('%s', (_name, c, g, n) => {
    const mut = (xs: readonly (readonly [number, number, string?])[]) =>
      xs.map((x) => [...x] as [number, number, string?]);
    expect(run(mut(c), mut(g))).toHaveLength(n);
  });
  it('says both in the title', () => {
    const [item] = run(
      [
        [75, 1.05],
        [10, 1.34, 'H'],
      ],
      [
        [75, 74],
        [10, 58, 'L'],
      ],
    );
    expect(item?.title).toBe(
      'Creatinine up 28 % and eGFR 58 (Low) after the lisinopril dose change',
    );
  });
});

describe('medicines that raise BP (ACC/AHA 2017 Table 12)', () => {
  it.each([
    ['ibuprofen taken', 'ibuprofen 400 MG Oral Tablet', 'active', 1],
    ['naproxen stopped', 'naproxen 500 MG Oral Tablet', 'stopped', 0],
    ['prednisone taken', 'predniSONE 10 MG Oral Tablet', 'active', 1],
    ['a nasal decongestant is local', 'phenylephrine 0.5 % Nasal Spray', 'active', 0],
    ['amlodipine is not one', 'amlodipine 5 MG Oral Tablet', 'active', 0],
  ])('%s', (_name, name, status, n) => {
    expect(
      bpRaisingMedicines([medEntry({ id: 'MedicationRequest/m', name, status })]),
    ).toHaveLength(n);
  });
  it('an NSAID with an ACE inhibitor and a diuretic: the kidney risk too', () => {
    const entries = [
      medEntry({
        id: 'MedicationStatement/i',
        source: 'statement',
        name: 'ibuprofen 400 MG Oral Tablet',
      }),
      medEntry({ id: 'MedicationRequest/l', name: 'lisinopril 20 MG Oral Tablet' }),
      medEntry({ id: 'MedicationRequest/c', name: 'chlorthalidone 25 MG Oral Tablet' }),
    ];
    expect(bpRaisingMedicines(entries)[0]?.detail).toMatch(/acute kidney injury/);
  });
});

describe('4 weeks above goal with no medication change', () => {
  const goal = resolveGoal({});
  const month = twiceDaily([2026, 3, 20], 30, 138, 86);
  it.each([
    ['above goal all month, last change 45 days ago', month, 45, 1],
    ['above goal, changed 10 days ago', month, 10, 0],
    ['at goal', twiceDaily([2026, 3, 20], 30, 124, 76), 45, 0],
    ['too few readings in the oldest week', twiceDaily([2026, 3, 20], 20, 138, 86), 45, 0],
  ])('%s', (_name, readings, changeDays, n) => {
    expect(clinicalInertia(readings, meds(lisinoprilIncrease(changeDays)), goal, o)).toHaveLength(
      n,
    );
  });
});

describe('urine albumin/creatinine in the last year (2025 AHA/ACC)', () => {
  it.each([
    ['one 364 days ago', [analyte('uacr', 'mg/g', [[364, 20]])], 0],
    ['the last one 366 days ago', [analyte('uacr', 'mg/g', [[366, 20]])], 1],
    ['none at all', [], 1],
  ])('%s', (_name, analytes, n) => {
    expect(noRecentUacr(analytes, o)).toHaveLength(n);
  });
});

describe('the strip: ranked, and never claiming what it could not check', () => {
  it('ranks critical values before medicines and trends', () => {
    const a = attentionItems({
      ...o,
      labs: { analytes: [analyte('bnp', 'pg/mL', [[5, 1250, 'HH']])], complete: true },
      meds: meds([medEntry({ id: 'MedicationRequest/i', name: 'ibuprofen 400 MG Oral Tablet' })]),
    });
    expect(a.items.map((i) => i.kind)).toEqual(['critical-lab', 'bp-raising-medicine', 'no-uacr']);
  });
  it.each([
    [
      'labs that did not fully load: no claim of no UACR',
      { analytes: [], complete: false },
      /urine albumin testing was not checked/,
    ],
    ['labs not readable at all', undefined, /critical values were not checked/],
  ])('%s', (_name, labs, message) => {
    const a = attentionItems({ ...o, ...(labs ? { labs } : {}) });
    expect(a.items.some((i) => i.kind === 'no-uacr')).toBe(false);
    expect(a.unchecked.join(' ')).toMatch(message);
  });
});
