import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { personaHandlers } from '../../../mocks/fixtures/bp';
import { noMeds, WindowedBpPanel } from '../../../mocks/bp-panel';
import { renderWithSession } from '../../../mocks/render';
import { http } from 'msw';
import { fhirJson } from '../../../mocks/fhir';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import type { TimeRange } from '../../components/chart-layout';

const patientHandler = () =>
  http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
    fhirJson({ resourceType: 'Patient', id: 'test-patient', birthDate: '1950-01-01' }),
  );

function renderPanel(options: Parameters<typeof renderWithSession>[1] = {}, range?: TimeRange) {
  server.use(patientHandler());
  const onRangeChange = vi.fn();
  const onDomainChange = vi.fn();
  server.use(...noMeds());
  const result = renderWithSession(
    <WindowedBpPanel
      range={range}
      onRangeChange={onRangeChange}
      onWindow={(w) => {
        onDomainChange(w.domain);
      }}
      timeZone="America/New_York"
    />,
    options,
  );
  return { ...result, onRangeChange, onDomainChange };
}

const loaded = () => screen.findByTestId('bp-sentence', {}, { timeout: 5000 });

describe('BloodPressurePanel', () => {
  it('hypertension-home: the sentence first, the severe reading, chart and table', async () => {
    server.use(...personaHandlers('hypertension-home'));
    const { onDomainChange } = renderPanel({ mode: 'clinician' });
    const sentence = await loaded();
    expect(sentence).toHaveTextContent(
      /^Above goal: home average \d+\/\d+ over the last 7 days, goal below 130\/80; 1 severe reading on \d+ \w+( \d{4})?\.$/,
    );
    // One verdict, with the goal and where it comes from (no FHIR Goal: the 2025 default).
    expect(screen.getAllByTestId('bp-verdict')).toHaveLength(1);
    expect(screen.getByTestId('bp-goal')).toHaveTextContent(
      'Goal below 130/80 at home · 130/80 in the office · 2025 AHA/ACC guideline',
    );
    const matters = screen.getByRole('region', { name: 'Readings that matter' });
    expect(within(matters).getByText('Severe reading (above 180/120)')).toBeInTheDocument();
    expect(screen.getByTestId('bp-latest')).toHaveTextContent(/^Latest \d+\/\d+ mmHg/);
    expect(
      screen.getByRole('img', { name: /Chart of \d+ blood-pressure readings/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Readings \(\d+\)$/ })).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Blood-pressure readings table' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Office and home')).toBeInTheDocument();
    expect(onDomainChange).toHaveBeenCalled();
  });

  it('mixed-encodings: every readable encoding shown, the two unreadable counted', async () => {
    server.use(...personaHandlers('mixed-encodings'));
    renderPanel();
    await loaded();
    expect(screen.getByRole('heading', { name: 'Readings (9)' })).toBeInTheDocument();
    expect(screen.getByText('2 readings could not be read')).toBeInTheDocument();
  });

  it('edge-cases: HTML in notes stays text, exclusions counted', async () => {
    server.use(...personaHandlers('edge-cases'));
    const { container } = renderPanel();
    await loaded();
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByText('7 readings could not be read')).toBeInTheDocument();
  });

  it('no-data: the empty state', async () => {
    server.use(...personaHandlers('no-data'));
    renderPanel();
    expect(await screen.findByText('No blood-pressure readings')).toBeInTheDocument();
    expect(screen.queryByTestId('bp-latest')).toBeNull();
  });

  it('without an Observation scope: not authorized, and nothing fetched', () => {
    renderPanel({ scopes: ['launch/patient', 'patient/Patient.rs'] });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not authorized to read blood-pressure readings',
    );
  });

  it('an error with a retry that recovers', async () => {
    server.use(...personaHandlers('hypertension-home', { failPage: { index: 0, status: 500 } }));
    renderPanel();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load blood-pressure readings');
    server.use(...personaHandlers('hypertension-home'));
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await loaded();
  });

  it('keeps what sits under the chart (the medication timeline) when the readings fail', async () => {
    server.use(
      patientHandler(),
      ...personaHandlers('hypertension-home', { failPage: { index: 0, status: 500 } }),
    );
    server.use(...noMeds());
    renderWithSession(
      <WindowedBpPanel
        range="90d"
        onRangeChange={vi.fn()}
        timeZone="America/New_York"
        belowChart={<p>timeline slot</p>}
      />,
    );
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Could not load blood-pressure readings',
    );
    expect(screen.getByText('timeline slot')).toBeInTheDocument();
  });

  it('partial: a later page fails, what arrived is shown with a notice', async () => {
    server.use(
      ...personaHandlers('hypertension-home', {
        pageSize: 50,
        failPage: { index: 2, status: 503 },
      }),
    );
    renderPanel();
    await loaded();
    expect(screen.getByRole('alert')).toHaveTextContent('Some readings could not be loaded.');
    expect(screen.getByRole('heading', { name: /^Readings \(\d+ loaded\)$/ })).toBeInTheDocument();
  });

  it('asks for every BP code in large pages, and reports range changes', async () => {
    const urls: URL[] = [];
    server.use(...personaHandlers('mixed-encodings', { onRequest: (u) => urls.push(u) }));
    const { onRangeChange } = renderPanel();
    await loaded();
    const code = urls[0]?.searchParams.get('code') ?? '';
    for (const c of ['85354-9', '55284-4', '8480-6', '8462-4', '96607-7'])
      expect(code).toContain(`http://loinc.org|${c}`);
    expect(urls[0]?.searchParams.get('_count')).toBe('1000');
    expect(urls[0]?.searchParams.get('patient')).toBe('test-patient');
    await userEvent.click(screen.getByRole('button', { name: '1 year' }));
    expect(onRangeChange).toHaveBeenCalledWith('1y');
  });
});
