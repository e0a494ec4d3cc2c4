import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AT } from '../../../mocks/fixtures/labs-server';
import { personaRecord, serveRecord } from '../../../mocks/fixtures/risk-server';
import { renderWithSession } from '../../../mocks/render';
import { PrintSummaryButton, VisitSummary } from './index';

const summary = () => screen.getByTestId('visit-summary');

describe('VisitSummary', () => {
  it('hypertension-home: who, goal with its source, one verdict with evidence, averages, attention, changes, labs', async () => {
    serveRecord(personaRecord('hypertension-home'));
    renderWithSession(<VisitSummary {...AT} />);
    const labs = await screen.findByTestId('print-labs');
    const s = within(summary());
    expect(s.getByText('Maria Elena Alvarez')).toBeInTheDocument();
    expect(s.getByText('17 Apr 1961')).toBeInTheDocument();
    expect(s.getByText('TEN-100001')).toBeInTheDocument();
    // Printed on paper: the year is shown even for this year's dates.
    expect(summary()).toHaveTextContent(/Printed 1 Nov 2026, \d\d:\d\d/);
    expect(await s.findByTestId('print-goal')).toHaveTextContent(
      'Goal: below 130/80 at home, 130/80 in the office (2025 AHA/ACC guideline)',
    );
    expect(s.getAllByTestId('print-verdict')).toHaveLength(1);
    // At the fixtures' instant (11:00, the morning reading taken, the evening one not yet) the period
    // ending today is one reading short: the complete period ending yesterday decides.
    const verdict = s.getByTestId('print-verdict');
    expect(verdict).toHaveTextContent(/^Above goal \d+\/\d+ mmHg, home average, last 7 days/);
    expect(verdict).toHaveTextContent('(up to yesterday): 12 readings');
    expect(verdict).toHaveTextContent('Office: 143/84 from 1 reading in the last 30 days');
    expect(verdict).toHaveTextContent('Latest reading: 130/80 mmHg on 1 Nov 2026 (today)');
    for (const d of [7, 14, 30])
      expect(s.getByRole('row', { name: new RegExp(`Home, last ${d} days`) })).toHaveTextContent(
        /\d+\/\d+/,
      );
    expect(s.getByRole('row', { name: /^Office/ })).toBeInTheDocument();
    expect(await s.findByTestId('print-attention')).toHaveTextContent(/ibuprofen/i);
    expect(await s.findByTestId('print-medications')).toHaveTextContent(/Lisinopril 10 mg → 20 mg/);
    const potassium = within(labs).getByRole('row', { name: /Potassium/ });
    expect(potassium).toHaveTextContent(/5\.4 mmol\/L \(High\) \d+ \w+ 2026/);
    expect(within(potassium).getAllByRole('cell')).toHaveLength(2);
    // No interactive element in the printout.
    expect(within(summary()).queryAllByRole('button')).toHaveLength(0);
    expect(s.queryByText(/Loading|Checking/)).toBeNull();
  });
});

describe('PrintSummaryButton', () => {
  it('prints on click; the summary is in the page only while printing', async () => {
    serveRecord(personaRecord('hypertension-home'));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithSession(<PrintSummaryButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Print visit summary' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('visit-summary')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    // Present from `beforeprint` (flushed synchronously in the app) until `afterprint`.
    expect(screen.getByTestId('visit-summary')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByTestId('visit-summary')).toBeNull();
    print.mockRestore();
  });
});
