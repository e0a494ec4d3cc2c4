/** Lab trends on the dashboard's time window, with the medication changes marked and in the table. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personaLabs } from '../../../mocks/fixtures/labs';
import { AT, serveLabs } from '../../../mocks/fixtures/labs-server';
import { renderWithSession } from '../../../mocks/render';
import { DAY } from '../../clinical/time';
import type { ChartMarker } from '../../components/chart-layout';
import { LabsPanel } from './index';

const change: ChartMarker = {
  t: AT.now - 45 * DAY,
  kind: 'dose-change',
  label: 'Dose changed: Lisinopril 10 mg → 20 mg',
};
const old: ChartMarker = {
  t: AT.now - 700 * DAY,
  kind: 'start',
  label: 'Started Metoprolol 25 mg',
};

async function openCreatinine(domain: { from: number; to: number }) {
  serveLabs(personaLabs('hypertension-home'));
  renderWithSession(<LabsPanel {...AT} domain={domain} markers={[old, change]} />);
  const list = await screen.findByRole('list', { name: 'Lab analytes' }, { timeout: 5000 });
  const row = within(list)
    .getAllByRole('button')
    .find((b) => b.querySelector('.lab-row__name')?.textContent === 'Creatinine');
  if (!row) throw new Error('no creatinine row');
  await userEvent.click(row);
}

describe('lab trend on the shared window', () => {
  it('90 days: the change inside is marked on the chart; the older one is only in the table', async () => {
    await openCreatinine({ from: AT.now - 90 * DAY, to: AT.now });
    // The trend chart is lazy-loaded: on a loaded machine its module takes a while.
    const marks = await screen.findByRole(
      'list',
      { name: 'Medication changes on the Creatinine chart' },
      { timeout: 5000 },
    );
    expect(
      within(marks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 Dose changed: Lisinopril 10 mg → 20 mg, 17 Sept']);
    expect(screen.getByTestId('lab-outside')).toHaveTextContent(/values fall outside the period/);
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('row', { name: /Medication change: Dose changed: Lisinopril/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /Medication change: Started Metoprolol/ }),
    ).toBeInTheDocument();
  });

  it('the table puts a change between the results before and after it', async () => {
    await openCreatinine({ from: AT.now - 800 * DAY, to: AT.now });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const at = rows.findIndex((r) => r.textContent.includes('Lisinopril 10 mg → 20 mg'));
    const date = (r: HTMLElement | undefined) => r?.querySelector('td')?.textContent ?? '';
    // Newest first: the result above it is after 17 Sept, the one below before.
    expect(at).toBeGreaterThan(0);
    expect(new Date(`${date(rows[at - 1])} 2026`).getTime()).toBeGreaterThan(change.t);
    expect(new Date(`${date(rows[at + 1])} 2026`).getTime()).toBeLessThan(change.t);
  });
});
