/** The labs panel on real-chart shapes: precision, stale results, ranking, odd flags, ill-typed resources. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithSession } from '../../../mocks/render';
import { LabsPanel } from './index';
import { AT, serveLabs } from '../../../mocks/fixtures/labs-server';

const V3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const UCUM = 'http://unitsofmeasure.org';

function lab(id: string, loinc: string, value: number, unit: string, date: string, flag?: string) {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    effectiveDateTime: date,
    valueQuantity: { value, unit, system: UCUM, code: unit },
    ...(flag ? { interpretation: [{ coding: [{ system: V3, code: flag }] }] } : {}),
  };
}

async function rows() {
  const list = await screen.findByRole('list', { name: 'Lab analytes' });
  return within(list).getAllByRole('button');
}
const name = (row: HTMLElement) => row.querySelector('.lab-row__name')?.textContent;

describe('LabsPanel rows', () => {
  it('prints a raw float at its precision and keeps the stored value reachable', async () => {
    serveLabs([
      lab('egfr', '98979-8', 71.4023558194721, 'mL/min/{1.73_m2}', '2026-10-20T13:30:00Z'),
    ]);
    renderWithSession(<LabsPanel {...AT} />);
    const [egfr] = await rows();
    if (!egfr) throw new Error('no row');
    expect(egfr).toHaveTextContent('71 mL/min/1.73 m²');
    expect(egfr).not.toHaveTextContent('71.40');
    expect(within(egfr).getByTitle('stored value 71.4023558194721')).toHaveTextContent('71');
    await userEvent.click(egfr);
    expect(screen.getByRole('table')).toHaveTextContent('stored value 71.4023558194721');
  });

  it('a stale latest result states its date (date-only: its calendar day) and its age', async () => {
    serveLabs([
      lab('k1', '2823-3', 4.1, 'mmol/L', '2019-05-02'),
      lab('k2', '2823-3', 4.4, 'mmol/L', '2021-06-01'),
    ]);
    renderWithSession(<LabsPanel {...AT} />);
    const [k] = await rows();
    expect(k?.querySelector('.lab-row__date')).toHaveTextContent('1 Jun 2021 · 5 years ago');
    expect(k?.querySelector('.lab-row__date--old')).not.toBeNull();
    expect(k).toHaveTextContent('↑ 0.3 from 4.1 on 2 May 2019');
  });

  it('critical first, then abnormal (HU is abnormal, not critical), then changed; "Better" is not abnormal', async () => {
    const at = '2026-10-20T13:30:00Z';
    serveLabs([
      lab('na1', '2951-2', 140, 'mmol/L', '2026-05-01'),
      lab('na2', '2951-2', 131, 'mmol/L', at), // changed 6 % (> 3 %), no flag
      lab('cr', '2160-0', 1.02, 'mg/dL', at, 'B'),
      lab('bun', '3094-0', 34, 'mg/dL', at, 'HU'),
      lab('k', '2823-3', 5.4, 'mmol/L', at, 'H'),
      lab('hb', '718-7', 6.1, 'g/dL', at, 'LL'),
    ]);
    renderWithSession(<LabsPanel {...AT} />);
    const r = await rows();
    expect(r.map(name)).toEqual([
      'Hemoglobin',
      'Potassium',
      'Urea nitrogen (BUN)',
      'Sodium',
      'Creatinine',
    ]);
    const [hb, , bun, na, cr] = r;
    expect(hb?.querySelector('.lab-flag--critical')).toHaveTextContent('LL (Critical low)');
    expect(bun?.querySelector('.lab-flag--abnormal')).toHaveTextContent('HU (Significantly high)');
    expect(na?.querySelector('.lab-row__change--significant')).toHaveTextContent(
      '↓ 9 from 140 on 1 May',
    );
    expect(cr?.querySelector('.lab-flag--neutral')).toHaveTextContent('B (Better)');
    expect(cr?.querySelector('.lab-flag--abnormal, .lab-flag--critical')).toBeNull();
  });

  it('the sparkline marks the latest point only when it is abnormal, not for "Better"', async () => {
    serveLabs([
      lab('c1', '2160-0', 1.3, 'mg/dL', '2026-05-01', 'H'),
      lab('c2', '2160-0', 1.1, 'mg/dL', '2026-10-20T13:30:00Z', 'B'),
      lab('k1', '2823-3', 4.8, 'mmol/L', '2026-05-01'),
      lab('k2', '2823-3', 5.6, 'mmol/L', '2026-10-20T13:30:00Z', 'H'),
    ]);
    renderWithSession(<LabsPanel {...AT} />);
    const [k, cr] = await rows();
    expect(name(k as HTMLElement)).toBe('Potassium');
    expect(k?.querySelector('.lab-spark__dot--flag')).not.toBeNull();
    expect(cr?.querySelector('.lab-spark__dot')).not.toBeNull();
    expect(cr?.querySelector('.lab-spark__dot--flag')).toBeNull();
  });

  it('ill-typed resources are counted with their reasons; the rest of the panel still shows', async () => {
    const ok = lab('k', '2823-3', 4.2, 'mmol/L', '2026-10-20T13:30:00Z');
    serveLabs([
      ok,
      { ...ok, id: 'bad-qty', valueQuantity: '5.4 mmol/L' },
      { ...ok, id: 'bad-code', code: [{ text: 'Potassium' }] },
      { ...ok, id: 'bad-range', referenceRange: { low: { value: 3.5 } } },
      { ...ok, id: 'bad-flag', interpretation: 'H' },
      { ...ok, id: 'bad-date', effectiveDateTime: 1700000000000 },
    ]);
    renderWithSession(<LabsPanel {...AT} />);
    expect((await rows()).map(name)).toEqual(['Potassium']);
    const details = screen.getByText('5 lab results could not be read').closest('details');
    if (!details) throw new Error('no details');
    for (const [id, reason] of [
      ['bad-qty', 'result value in an unexpected form'],
      ['bad-code', 'test code in an unexpected form'],
      ['bad-range', 'reference range in an unexpected form'],
      ['bad-flag', 'flag in an unexpected form'],
      ['bad-date', 'date in an unexpected form'],
    ] as const)
      expect(within(details).getByText(`Observation/${id}`).parentElement).toHaveTextContent(
        reason,
      );
  });
});
