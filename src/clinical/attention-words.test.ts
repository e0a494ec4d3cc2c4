/**
 * The exact words of each attention item, as a clinician reads them: a change of wording, of a
 * number's rounding or of a date's form shows here (the boundaries are in attention-rules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { local, reading, twiceDaily, TZ } from '../../mocks/test-data/bp-readings';
import { medEntry } from '../../mocks/test-data/medication-entry';
import { attentionItems } from './attention';
import { resolveGoal } from './bp-goal';
import type { AnalyteSummary, LabRow, TrendPoint } from './labs';
import type { LabFlag } from './labs-flags';
import { DAY } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const ago = (days: number) => NOW - days * DAY;
const flag = (code: string, label: string, severity: LabFlag['severity']): LabFlag => ({
  code,
  label,
  severity,
  computed: false,
});

function analyte(key: string, name: string, unit: string, points: [number, number, LabFlag?][]) {
  const trend: TrendPoint[] = points.map(([d, value, f], i) => ({
    id: `${key}-${i}`,
    t: ago(d),
    value,
    text: String(value),
    ...(f ? { flag: f } : {}),
  }));
  const rows: LabRow[] = trend
    .map((p) => ({
      id: p.id,
      t: p.t,
      precision: 'time' as const,
      name,
      valueText: p.text,
      unit,
      ...(p.flag ? { flag: p.flag } : {}),
      unconvertible: false,
      inTrend: true,
    }))
    .reverse();
  const a: AnalyteSummary = {
    key,
    name,
    unit,
    codes: [],
    latest: rows[0] as LabRow,
    tier: 'other',
    rows,
    trend,
    unconvertible: 0,
    brokenRanges: 0,
  };
  return a;
}

describe('the words of every item', () => {
  it('a record with every kind of item', () => {
    const H = flag('H', 'High', 'abnormal');
    const L = flag('L', 'Low', 'abnormal');
    const entries = [
      medEntry({
        id: 'MedicationRequest/l10',
        name: 'lisinopril 10 MG Oral Tablet',
        status: 'stopped',
        start: ago(400),
        end: ago(45),
      }),
      medEntry({
        id: 'MedicationRequest/l20',
        name: 'lisinopril 20 MG Oral Tablet',
        start: ago(45),
        priorId: 'MedicationRequest/l10',
      }),
      medEntry({
        id: 'MedicationRequest/c',
        name: 'chlorthalidone 25 MG Oral Tablet',
        start: ago(300),
      }),
      medEntry({
        id: 'MedicationStatement/i',
        source: 'statement',
        name: 'ibuprofen 400 MG Oral Tablet',
        start: ago(90),
      }),
      medEntry({
        id: 'MedicationRequest/s',
        name: 'spironolactone 25 MG Oral Tablet',
        intent: 'plan',
      }),
    ];
    const readings = [
      ...twiceDaily([2026, 3, 20], 30, 138, 86),
      reading(local(2026, 3, 18, 8), 186, 124),
    ].sort((a, b) => a.time - b.time);
    const a = attentionItems({
      now: NOW,
      timeZone: TZ,
      goal: resolveGoal({}),
      labs: {
        complete: true,
        analytes: [
          analyte('bnp', 'BNP', 'pg/mL', [[60, 1250, flag('HH', 'Critical high', 'critical')]]),
          analyte('potassium', 'Potassium', 'mmol/L', [
            [75, 4.3],
            [10, 5.4, H],
          ]),
          analyte('creatinine', 'Creatinine', 'mg/dL', [
            [75, 1.0],
            [10, 1.34, H],
          ]),
          analyte('egfr', 'eGFR', 'mL/min/1.73 m²', [
            [75, 74],
            [10, 58, L],
          ]),
          analyte('uacr', 'Urine albumin/creatinine', 'mg/g', [[400, 20]]),
        ],
      },
      meds: { entries, complete: true },
      bp: { readings, complete: true },
    });
    expect(a.unchecked).toEqual([]);
    expect(a.items.map((i) => [i.title, i.detail])).toMatchInlineSnapshot(`
      [
        [
          "BNP 1250 pg/mL: critical high",
          "Latest result, 19 Jan (8 weeks ago). A critical value calls for action the same day.",
        ],
        [
          "1 severe reading in the last 7 days",
          "Highest 186/124 on 18 Mar, 08:00. Above 180/120: assess for symptoms and target-organ damage (ACC/AHA 2017, 11.2).",
        ],
        [
          "Potassium 5.4 mmol/L (High) after the lisinopril dose change",
          "10 Mar, 35 days after Lisinopril 10 mg → 20 mg (3 Feb); 4.3 mmol/L before it, on 4 Jan. KDIGO 2021: recheck potassium and creatinine after starting or increasing an ACE inhibitor, ARB, MRA or diuretic.",
        ],
        [
          "spironolactone 25 MG Oral Tablet is planned while potassium is 5.4 mmol/L",
          "Mineralocorticoid antagonists raise potassium; their labelling advises against starting them above 5.0 mmol/L.",
        ],
        [
          "Creatinine up 34 % and eGFR 58 (Low) after the lisinopril dose change",
          "creatinine 1.34 mg/dL (High), up 34 % from 1; eGFR 58 (Low), from 74 (latest 10 Mar; Lisinopril 10 mg → 20 mg on 3 Feb). KDIGO 2021: a creatinine rise of more than 30 % after starting or increasing a RAAS blocker warrants review.",
        ],
        [
          "ibuprofen 400 MG Oral Tablet: NSAID, can raise blood pressure",
          "Listed among medicines that raise BP (ACC/AHA 2017, Table 12): consider stopping it or an alternative. Taken with an ACE inhibitor or ARB and a diuretic, it also raises the risk of acute kidney injury.",
        ],
        [
          "Above goal for 4 weeks with no medication change",
          "Weekly home averages 142/89, 138/86, 138/86, 138/86 (newest first) against a goal below 130/80; last change: Lisinopril 10 mg → 20 mg, 3 Feb (6 weeks ago).",
        ],
        [
          "No urine albumin/creatinine ratio in the last year",
          "Last one 13 Feb 2025 (13 months ago). The 2025 AHA/ACC guideline recommends it for adults with hypertension.",
        ],
      ]
    `);
  });
});
