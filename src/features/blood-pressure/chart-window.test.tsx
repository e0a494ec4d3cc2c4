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
  return { now: now.getTime(), last: () => windows.at(-1) };
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
    await vi.waitFor(() => {
      expect(last()?.domain.from).toBeLessThan(now - 700 * DAY);
    });
    expect(
      await within(await markerList()).findByText(/^Started Metoprolol 25 mg/),
    ).toBeInTheDocument();
  });
});
