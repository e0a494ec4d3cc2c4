import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../clinical/medications-timeline';
import { local, TZ } from '../../../mocks/test-data/bp-readings';
import { labObs, loinc, summarize, ucumQty } from '../../../mocks/test-data/labs-fixtures';
import { labValue, printedLabs, recentChanges } from './model';

const NOW = local(2026, 12, 1, 9);
const change = (t: number, summary = 'Started Lisinopril 10 mg'): ChangeEvent => ({
  t,
  kind: 'start',
  lane: 'lisinopril',
  summary,
});

describe('recentChanges: the last 12 months listed, older ones counted', () => {
  it.each([
    { name: 'no changes', times: [], listed: 0, earlier: 0 },
    {
      name: 'the first minute of the 12 months is listed',
      times: [local(2025, 12, 1, 0)],
      listed: 1,
      earlier: 0,
    },
    {
      name: 'the last minute before it is not',
      times: [local(2025, 11, 30, 23, 59)],
      listed: 0,
      earlier: 1,
    },
    {
      name: 'decades of changes: only the recent listed',
      times: [local(1990, 1, 1, 9), local(2005, 6, 1, 9), local(2026, 3, 1, 9)],
      listed: 1,
      earlier: 2,
    },
    {
      name: 'a change later today is kept',
      times: [local(2026, 12, 1, 15)],
      listed: 1,
      earlier: 0,
    },
  ])('$name', ({ times, listed, earlier }) => {
    const r = recentChanges(
      times.map((t) => change(t)),
      NOW,
      TZ,
    );
    expect(r.listed).toHaveLength(listed);
    expect(r.earlier).toBe(earlier);
  });
});

const potassium = (id: string, value: number, when: string) =>
  labObs(id, {
    code: loinc('2823-3', 'Potassium'),
    valueQuantity: ucumQty(value, 'mmol/L'),
    effectiveDateTime: when,
  });

describe('printedLabs: latest and previous of the hypertension labs, in print order', () => {
  it.each([
    {
      name: 'latest and previous of one analyte',
      obs: [potassium('k1', 4.2, '2026-01-10'), potassium('k2', 5.4, '2026-11-20')],
      expected: [{ key: 'potassium', latest: '5.4 mmol/L', previous: '4.2 mmol/L' }],
    },
    {
      name: 'a single result has no previous',
      obs: [potassium('k1', 4.2, '2026-01-10')],
      expected: [{ key: 'potassium', latest: '4.2 mmol/L', previous: undefined }],
    },
    {
      name: 'labs outside the work-up are left out',
      obs: [
        labObs('h', { code: loinc('718-7', 'Hemoglobin'), valueQuantity: ucumQty(13.8, 'g/dL') }),
      ],
      expected: [],
    },
    {
      name: 'print order, not the record order: potassium before HbA1c before nothing else',
      obs: [
        labObs('a1c', { code: loinc('4548-4', 'HbA1c'), valueQuantity: ucumQty(6.1, '%') }),
        labObs('egfr', {
          code: loinc('33914-3', 'eGFR'),
          valueQuantity: ucumQty(58, 'mL/min/{1.73_m2}'),
        }),
        potassium('k', 5.4, '2026-11-20'),
      ],
      expected: [
        { key: 'potassium', latest: '5.4 mmol/L', previous: undefined },
        {
          key: 'egfr',
          latest: expect.stringMatching(/^58 /) as unknown as string,
          previous: undefined,
        },
        { key: 'hba1c', latest: '6.1 %', previous: undefined },
      ],
    },
  ])('$name', ({ obs, expected }) => {
    const labs = printedLabs(summarize(obs).analytes).map((l) => ({
      key: l.key,
      latest: labValue(l.latest),
      previous: l.previous ? labValue(l.previous) : undefined,
    }));
    expect(labs).toEqual(expected);
  });
});
