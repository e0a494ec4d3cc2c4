import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fhirError } from '../../../mocks/fhir';
import { personaLabs } from '../../../mocks/fixtures/labs';
import { renderWithSession } from '../../../mocks/render';
import { LabsPanel } from './index';
import { AT, serveLabs } from '../../../mocks/fixtures/labs-server';

describe('LabsPanel', () => {
  it('hypertension-home: ranked (abnormal first, relevance within), latest value, date, change, flag and range; opens to a table', async () => {
    serveLabs(personaLabs('hypertension-home'));
    renderWithSession(<LabsPanel {...AT} />);
    const list = await screen.findByRole('list', { name: 'Lab analytes' });
    const rows = within(list).getAllByRole('button');
    expect(rows.map((r) => r.querySelector('.lab-row__name')?.textContent)).toEqual([
      // abnormal latest results, hypertension-relevant first
      'Potassium',
      'Creatinine',
      'eGFR',
      'Urine albumin/creatinine',
      'HbA1c',
      'Urea nitrogen (BUN)',
      // the rest
      'Sodium',
      'LDL cholesterol',
      'Glucose',
      'HDL cholesterol',
      'Total cholesterol',
      'Triglycerides',
    ]);
    const potassium = rows[0] as HTMLElement;
    expect(potassium).toHaveTextContent('5.4 mmol/L');
    expect(potassium).toHaveTextContent('H (High)');
    expect(potassium).toHaveTextContent('Range 3.5–5.1 mmol/L');
    expect(potassium).toHaveTextContent('22 Oct');
    expect(potassium).toHaveTextContent('↑ 0.4 from 5 on 1 Oct');
    expect(potassium).not.toHaveTextContent('computed');
    await userEvent.click(potassium);
    expect(potassium).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    // Two years of draws: the oldest shows its year.
    expect(within(table).getAllByRole('row').at(-1)).toHaveTextContent('2024');
  });

  it('search narrows the overview', async () => {
    serveLabs(personaLabs('hypertension-home'));
    renderWithSession(<LabsPanel {...AT} />);
    await userEvent.type(await screen.findByLabelText('Search labs'), 'chol');
    const names = within(screen.getByRole('list', { name: 'Lab analytes' }))
      .getAllByRole('button')
      .map((r) => r.querySelector('.lab-row__name')?.textContent);
    expect(names).toEqual(['LDL cholesterol', 'HDL cholesterol', 'Total cholesterol']);
  });

  it('mixed-encodings: converted units, computed flags marked, comparators and text results shown', async () => {
    serveLabs(personaLabs('mixed-encodings'), 4);
    renderWithSession(<LabsPanel {...AT} />);
    const list = await screen.findByRole('list', { name: 'Lab analytes' });
    const row = (name: string) =>
      within(list)
        .getAllByRole('button')
        .find((b) => b.querySelector('.lab-row__name')?.textContent === name) as HTMLElement;
    expect(row('Creatinine')).toHaveTextContent('97 µmol/L (1.1 mg/dL)');
    // The older creatinine has male and female ranges: the patient's (male) range gives a computed N.
    await userEvent.click(row('Creatinine'));
    expect(within(screen.getByRole('table')).getAllByRole('row')[2]).toHaveTextContent(
      '0.98 mg/dLN (Normal) computed',
    );
    expect(row('Glucose')).toHaveTextContent('6.1 mmol/L (110 mg/dL) H (High) computed');
    expect(
      row('C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method'),
    ).toHaveTextContent('<0.5 mg/L');
    expect(row('Protein [Presence] in Urine')).toHaveTextContent('Trace A (Abnormal)');
    expect(row('BNP (local)')).toHaveTextContent('HH (Critical high)');
  });

  it('edge-cases: markup stays text; broken range, unknown unit and unreadable result are counted', async () => {
    serveLabs(personaLabs('edge-cases'));
    const { container } = renderWithSession(<LabsPanel {...AT} />);
    expect(await screen.findByText('<img src=x onerror="alert(1)">Magnesium')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(/1 reference range was ignored/)).toBeInTheDocument();
    expect(screen.getByText(/1 result has a unit that cannot be converted/)).toBeInTheDocument();
    expect(screen.getByText('1 lab result could not be read')).toBeInTheDocument();
  });

  it('shows "not authorized" without asking the server when Observation reading was not granted', () => {
    renderWithSession(<LabsPanel {...AT} />, {
      scopes: ['launch/patient', 'patient/MedicationRequest.rs'],
    });
    expect(screen.getByText('Not authorized to read lab results')).toBeInTheDocument();
  });

  it('shows the empty state', async () => {
    serveLabs([]);
    renderWithSession(<LabsPanel {...AT} />);
    expect(await screen.findByText('No lab results on record.')).toBeInTheDocument();
  });

  it('shows an error with a retry that recovers', async () => {
    let down = true;
    serveLabs(personaLabs('hypertension-home'), 1000, () =>
      down ? fhirError(403, 'nope') : undefined,
    );
    renderWithSession(<LabsPanel {...AT} />);
    expect(await screen.findByText('Could not load lab results')).toBeInTheDocument();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Lab analytes' })).toBeInTheDocument();
  });

  it('shows what arrived and a partial notice when a later page fails', async () => {
    serveLabs(personaLabs('hypertension-home'), 20, (page) =>
      page === 2 ? fhirError(403, 'nope') : undefined,
    );
    renderWithSession(<LabsPanel {...AT} />);
    expect(await screen.findByText('Some lab results are missing.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Lab analytes' })).toBeInTheDocument();
  });
});
