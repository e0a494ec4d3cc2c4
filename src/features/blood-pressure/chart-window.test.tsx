/** The one chart window (useChartWindow) as the BP panel gets it: markers, "All", custom dates. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { medsHandlers, WindowedBpPanel } from '../../../mocks/bp-panel';
import { fhirJson } from '../../../mocks/fhir';
import { personaHandlers } from '../../../mocks/fixtures/bp';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { DAY } from '../../clinical/time';
import type { ChartWindow } from './use-chart-window';

function renderHome() {
  const now = new Date();
  server.use(
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      fhirJson({ resourceType: 'Patient', id: 'test-patient', birthDate: '1950-01-01' }),
    ),
    ...personaHandlers('hypertension-home', {}, now),
    ...medsHandlers('hypertension-home', now),
  );
  const windows: ChartWindow[] = [];
  renderWithSession(
    <WindowedBpPanel
      onWindow={(w) => {
        windows.push(w);
      }}
    />,
  );
  return { now: now.getTime(), last: () => windows.at(-1), windows };
}

const markerList = () =>
  screen.findByRole(
    'list',
    { name: 'Medication changes on the blood-pressure chart' },
    { timeout: 5000 },
  );

describe('the chart window owned above the panel', () => {
  it('marks the lisinopril increase on the BP chart, labelled with what changed and when', async () => {
    renderHome();
    const list = await markerList();
    expect(
      within(list).getByText(/^Dose changed: Lisinopril 10 mg → 20 mg, \d{1,2} \w{3}( \d{4})?$/),
    ).toBeInTheDocument();
    // 90 days: the metoprolol started 700 days ago is not on this axis.
    expect(within(list).queryByText(/Metoprolol/)).toBeNull();
    expect(screen.getByTestId('chart-markers').children).toHaveLength(
      within(list).getAllByRole('listitem').length,
    );
  });

  it('"All" reaches the first medication, two years back, though readings cover 90 days', async () => {
    const { now, last } = renderHome();
    await markerList();
    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    await vi.waitFor(
      () => {
        expect(last()?.domain.from).toBeLessThan(now - 700 * DAY);
      },
      { timeout: 5000 },
    );
    expect(
      await within(await markerList()).findByText(
        /^Started Metoprolol 25 mg/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it('keeps one domain object while its span is unchanged: medications arriving later redraw no chart', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Held until the readings are in; then answered by the medication handlers below (a resolver
    // that returns nothing hands the request on).
    const hold = async () => {
      await gate;
      return undefined;
    };
    const { windows } = renderHome();
    server.use(
      http.get(`${TEST_FHIR_BASE}/MedicationRequest`, hold),
      http.get(`${TEST_FHIR_BASE}/MedicationStatement`, hold),
    );
    await vi.waitFor(() => {
      expect(windows.at(-1)?.range).toBe('90d');
    });
    const before = windows.at(-1);
    release();
    await markerList();
    const after = windows.at(-1);
    expect(after?.markers.length).toBeGreaterThan(0);
    // The first medication (700 days back) is known now: it does not change the 90-day span.
    expect(after?.domain).toBe(before?.domain);
  });

  it('the table notes the medication changes of the period at their dates', async () => {
    renderHome();
    await markerList();
    const note = screen.getByRole('list', { name: 'Medication changes in this period' });
    expect(note).toHaveTextContent(/Medication change: Dose changed: Lisinopril 10 mg → 20 mg/);
  });

  it('daily and morning/evening averages: the table follows the choice', async () => {
    renderHome();
    await markerList();
    const readings = screen.getByRole('heading', { name: /^Readings \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(readings.textContent)?.[1]);
    const show = screen.getByLabelText('Chart and table show');
    await userEvent.selectOptions(show, 'Daily averages');
    const daily = screen.getByRole('heading', { name: /^Daily averages \(\d+\)$/ });
    const days = Number(/\((\d+)\)/.exec(daily.textContent)?.[1]);
    // Morning and evening home readings, plus a few office visits: fewer days than readings.
    expect(days).toBeGreaterThan(80);
    expect(days).toBeLessThan(count);
    await userEvent.selectOptions(show, 'Morning and evening averages');
    const sessions = screen.getByRole('heading', {
      name: /^Morning and evening averages \(\d+\)$/,
    });
    const n = Number(/\((\d+)\)/.exec(sessions.textContent)?.[1]);
    expect(n).toBeGreaterThan(days);
    expect(n).toBeLessThanOrEqual(count);
  });

  it('custom dates: checked, then shown', async () => {
    const { last } = renderHome();
    await markerList();
    await userEvent.click(screen.getByRole('button', { name: 'Dates…' }));
    const form = screen.getByRole('form', { name: 'Choose dates' });
    const from = within(form).getByLabelText('From');
    const to = within(form).getByLabelText('To');
    await userEvent.clear(to);
    await userEvent.type(to, '2026-01-31');
    await userEvent.type(from, '2026-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Show' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The first date must be on or before the last.',
    );
    await userEvent.clear(from);
    await userEvent.type(from, '2026-01-01{Enter}');
    expect(screen.queryByRole('form', { name: 'Choose dates' })).toBeNull();
    expect(
      screen.getByRole('button', { name: /^1 Jan( 2026)? – 31 Jan( 2026)?$/ }),
    ).toBeInTheDocument();
    const d = last()?.domain;
    expect(d?.from).toBe(Date.UTC(2026, 0, 1, 5));
    expect(d?.to).toBe(Date.UTC(2026, 1, 1, 5));
  });
});
