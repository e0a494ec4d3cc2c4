/**
 * The attention rules' remaining boundaries, one named case each (issue 9: mutation testing found them
 * unpinned). Sources in attention-rules.ts; potassium and kidney rules in their own -mutants files.
 */
import { describe, expect, it } from 'vitest';
import { reading } from '../../mocks/test-data/bp-readings';
import { ago, analyte, o } from '../../mocks/test-data/attention-fixtures';
import { criticalLabs, noRecentUacr, recentSevere } from './attention-rules';

describe('critical labs: the item as a whole', () => {
  it('a critical value: kind, key, severity and the lab it links to', () => {
    expect(criticalLabs([analyte('bnp', 'pg/mL', [[60, 1250, 'HH']])], o)).toEqual([
      {
        kind: 'critical-lab',
        key: 'critical-bnp',
        severity: 'critical',
        title: 'bnp 1250 pg/mL: critical high',
        detail:
          'Latest result, 19 Jan (8 weeks ago). A critical value calls for action the same day.',
        evidence: { kind: 'lab', key: 'bnp' },
      },
    ]);
  });
  it.each([
    ['no unit: none printed', analyte('ph', '', [[1, 6.9, 'HH']]), 'ph 6.9: critical high'],
    [
      'no time on the result: no date claimed',
      analyte('bnp', 'pg/mL', [[1, 1250, 'HH']], { latestT: 'none' }),
      'Latest result. A critical value calls for action the same day.',
    ],
  ])('%s', (_name, a, text) => {
    const [item] = criticalLabs([a], o);
    expect([item?.title, item?.detail]).toContain(text);
  });
});

describe('severe readings: which ones count and which is named', () => {
  it('the item links to the highest reading', () => {
    const r = reading(ago(2), 190, 100);
    expect(recentSevere([r], o)).toEqual([
      {
        kind: 'severe-reading',
        key: 'severe-7d',
        severity: 'critical',
        title: '1 severe reading in the last 7 days',
        detail:
          'Highest 190/100 on 18 Mar, 22:00. Above 180/120: assess for symptoms and target-organ damage (ACC/AHA 2017, 11.2).',
        evidence: { kind: 'bp', readingId: r.id },
      },
    ]);
  });
  it.each([
    ['the highest first, a lower one after', [200, 186], 0],
    ['two equally high: the first one is named', [190, 190], 0],
  ])('%s', (_name, systolics, named) => {
    const rs = systolics.map((s, i) => reading(ago(3 - i), s, 100));
    expect(recentSevere(rs, o)[0]?.evidence).toEqual({ kind: 'bp', readingId: rs[named]?.id });
  });
  it('an average reported by a device is not a single severe reading', () => {
    expect(recentSevere([reading(ago(1), 200, 125, { kind: 'average' })], o)).toEqual([]);
  });
});

describe('urine albumin/creatinine: the year boundary and the item', () => {
  it('exactly 365 days ago is within the year', () => {
    expect(noRecentUacr([analyte('uacr', 'mg/g', [[365, 20]])], o)).toEqual([]);
  });
  it.each([
    [
      'none at all',
      [],
      'None in the results read. The 2025 AHA/ACC guideline recommends it for adults with hypertension.',
      { kind: 'labs' },
    ],
    [
      'an old one',
      [analyte('uacr', 'mg/g', [[400, 20]])],
      'Last one 13 Feb 2025 (13 months ago). The 2025 AHA/ACC guideline recommends it for adults with hypertension.',
      { kind: 'lab', key: 'uacr' },
    ],
  ])('%s', (_name, analytes, detail, evidence) => {
    expect(noRecentUacr(analytes, o)).toEqual([
      {
        kind: 'no-uacr',
        key: 'no-uacr',
        severity: 'info',
        title: 'No urine albumin/creatinine ratio in the last year',
        detail,
        evidence,
      },
    ]);
  });
});
