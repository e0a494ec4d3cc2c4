import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AT } from '../../../mocks/fixtures/labs-server';
import { personaRecord, serveRecord } from '../../../mocks/fixtures/risk-server';
import { renderWithSession } from '../../../mocks/render';
import { preventTenYearCvd, riskPercentText } from '../../clinical/prevent';
import { RiskPanel } from './index';

const value = () => screen.getByText(/ %$/, { selector: '.risk-result__value' });
const missing = () => within(screen.getByRole('list', { name: 'Missing inputs' }));
const input = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).closest('div') as HTMLElement;

describe('RiskPanel', () => {
  it('hypertension-home: the inputs with their dates, diabetes and smoking named as missing, a range; answering narrows it to one figure', async () => {
    serveRecord(personaRecord('hypertension-home'));
    renderWithSession(<RiskPanel {...AT} />);
    expect(await screen.findByText('PREVENT 10-year CVD risk')).toBeInTheDocument();
    expect(input('Sex')).toHaveTextContent('Female');
    expect(input('Age')).toHaveTextContent('65 years');
    expect(input('Total cholesterol')).toHaveTextContent('186 mg/dL');
    expect(input('Total cholesterol')).toHaveTextContent('22 Oct (10 days ago)');
    expect(input('HDL cholesterol')).toHaveTextContent('45 mg/dL22 Oct (10 days ago)');
    expect(input('eGFR')).toHaveTextContent('58 mL/min/1.73 m²');
    expect(input('Systolic blood pressure')).toHaveTextContent(
      '143 mmHg (office)28 Oct (4 days ago)',
    );
    expect(input('Blood-pressure medicine')).toHaveTextContent(
      /^Blood-pressure medicineYes — .*lisinopril/i,
    );
    expect(input('Statin')).toHaveTextContent('Yes — atorvastatin 20 MG Oral Tablet');
    expect(missing().getByText('Diabetes').closest('li')).toHaveTextContent(
      'Diabetes: not in the record read by Tensio (it does not read diagnoses or smoking status)',
    );
    expect(missing().getByText('Current smoking')).toBeInTheDocument();
    expect(value()).toHaveTextContent('11.9–27.9 %');
    expect(
      screen.getByText(/A range: diabetes and current smoking are not known/),
    ).toBeInTheDocument();

    const diabetes = screen.getByRole('group', { name: 'Diabetes' });
    await userEvent.click(within(diabetes).getByRole('radio', { name: 'No' }));
    const smoker = screen.getByRole('group', { name: /Current smoker/ });
    await userEvent.click(within(smoker).getByRole('radio', { name: 'No' }));
    expect(value()).toHaveTextContent('11.9 %');
    expect(screen.queryByRole('list', { name: 'Missing inputs' })).not.toBeInTheDocument();
    expect(input('Diabetes')).toHaveTextContent('No');
    expect(input('Diabetes')).toHaveTextContent('answered here, not saved');
    // The figure is the equation's for exactly the inputs listed.
    const r = preventTenYearCvd({
      sex: 'female',
      age: 65,
      totalCholesterol: 186,
      hdl: 45,
      systolic: 143,
      egfr: 58,
      diabetes: false,
      smoker: false,
      onAntihypertensive: true,
      onStatin: true,
    });
    expect('risk' in r && riskPercentText(r.risk)).toBe('11.9');
    expect(screen.getByText(/^At or above 7.5\s%: for stage 1 hypertension/)).toBeInTheDocument();

    await userEvent.click(within(smoker).getByRole('radio', { name: 'Not known' }));
    expect(value()).toHaveTextContent('11.9–17.6 %');
    expect(screen.getByText(/A range: current smoking is not known/)).toBeInTheDocument();
  });

  it('medications not granted: no figure, the two medicine inputs named as missing', async () => {
    serveRecord(personaRecord('hypertension-home'));
    renderWithSession(<RiskPanel {...AT} />, {
      scopes: [
        'launch/patient',
        'patient/Patient.rs',
        'patient/Observation.rs',
        'patient/Encounter.rs',
      ],
    });
    expect(await screen.findByText('Cannot be calculated')).toBeInTheDocument();
    expect(screen.getByText(/Missing: blood-pressure medicine, statin\./)).toBeInTheDocument();
    expect(missing().getByText('Statin').closest('li')).toHaveTextContent(
      'Statin: medications could not be read',
    );
    expect(screen.queryByRole('group', { name: 'Diabetes' })).not.toBeInTheDocument();
  });

  it('a patient of 82: does not apply, and says why', async () => {
    const record = personaRecord('hypertension-home');
    const patient = { ...record[0], birthDate: '1944-03-02' };
    serveRecord(record, { patient });
    renderWithSession(<RiskPanel {...AT} />);
    expect(await screen.findByText('Does not apply')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Age 82 years is outside the range PREVENT was developed for (30–79 years).',
      ),
    ).toBeInTheDocument();
    expect(input('Age')).toHaveTextContent('82 years');
  });

  it('a failed medication search: the record is read without it and the gap is named', async () => {
    serveRecord(personaRecord('hypertension-home'), { medicationsStatus: 500 });
    renderWithSession(<RiskPanel {...AT} />);
    expect(await screen.findByText('Cannot be calculated')).toBeInTheDocument();
    expect(missing().getByText('Blood-pressure medicine').closest('li')).toHaveTextContent(
      'medications could not be read',
    );
    expect(input('Total cholesterol')).toHaveTextContent('186 mg/dL');
  });
});
