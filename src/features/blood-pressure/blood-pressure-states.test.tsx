/**
 * The panel on real-world shapes: records that end years ago, low readings, date-only times, old
 * severe readings, a deceased patient; in the patient and the clinician view.
 */
import type { Observation } from 'fhir/r4';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encounterSearch, observationSearch } from '../../../mocks/fixtures/bp';
import { fhirJson } from '../../../mocks/fhir';
import { noMeds, WindowedBpPanel } from '../../../mocks/bp-panel';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import type { TimeRange } from '../../components/chart-layout';

const DAY = 86_400_000;
const thisYear = new Date().getFullYear();

function bp(id: string, systolic: number, diastolic: number, effective: string): Observation {
  const c = (code: string, value: number) => ({
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
  });
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: { reference: 'Patient/test-patient' },
    code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
    effectiveDateTime: effective,
    // Diastolic listed first, as in real exports.
    component: [c('8462-4', diastolic), c('8480-6', systolic)],
  };
}

function serve(observations: Observation[], patient: Record<string, unknown> = {}) {
  server.use(
    observationSearch(observations),
    encounterSearch([]),
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      fhirJson({
        resourceType: 'Patient',
        id: 'test-patient',
        birthDate: '1932-05-01',
        ...patient,
      }),
    ),
  );
}

function renderPanel(mode: 'patient' | 'clinician' = 'clinician', range?: TimeRange) {
  const onDomainChange = vi.fn();
  const onRangeChange = vi.fn();
  server.use(...noMeds());
  renderWithSession(
    <WindowedBpPanel
      range={range}
      onRangeChange={onRangeChange}
      onWindow={(w) => {
        onDomainChange(w.domain);
      }}
      timeZone="America/New_York"
    />,
    { mode },
  );
  return { onDomainChange, onRangeChange };
}

const latestLine = () => screen.findByTestId('bp-latest', {}, { timeout: 5000 });

/** A record that ended in 2021: office readings a few times a year, one severe in 2019. */
const OLD = [
  bp('o1', 186, 110, '2019-03-19T10:14:55-04:00'),
  bp('o2', 150, 92, '2020-06-02T09:00:00-04:00'),
  bp('o3', 162, 98, '2021-01-04T10:00:00-05:00'),
];

describe('a record whose newest reading is years old', () => {
  it('states the latest reading with its date and age, and widens the window, saying so', async () => {
    serve(OLD);
    const { onDomainChange } = renderPanel();
    expect(await latestLine()).toHaveTextContent(
      /^Latest 162\/98 mmHg Stage 2 range on 4 Jan 2021, 10:00 — \d+ years ago · Setting unknown$/,
    );
    expect(screen.getByTestId('bp-window-note')).toHaveTextContent(
      /^Showing all \d+ years: no readings in the last year\.$/,
    );
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Readings (3)' })).toBeInTheDocument();
    expect(screen.getByTestId('bp-sentence')).toHaveTextContent(
      /latest reading 162\/98 on 4 Jan 2021 \(\d+ years ago\); 1 severe reading on 19 Mar 2019\.$/,
    );
    // The medication timeline gets the widened window, which starts just before the first reading.
    const domain = onDomainChange.mock.lastCall?.[0] as { from: number; to: number };
    const first = Date.parse('2019-03-19T10:14:55-04:00');
    expect(domain.from).toBeLessThan(first);
    expect(domain.from).toBeGreaterThan(first - 120 * DAY);
  });

  it('a range the user chose is kept: empty, yet the latest reading is still stated', async () => {
    serve(OLD);
    renderPanel('clinician', '30d');
    expect(await latestLine()).toHaveTextContent('Latest 162/98 mmHg');
    expect(screen.getByText('No blood-pressure readings in the last 30 days')).toBeInTheDocument();
    expect(screen.queryByTestId('bp-window-note')).toBeNull();
  });

  it('widens only as far as needed: a reading 200 days ago gives the 1-year window', async () => {
    serve([bp('y1', 128, 78, new Date(Date.now() - 200 * DAY).toISOString())]);
    renderPanel();
    await latestLine();
    expect(screen.getByTestId('bp-window-note')).toHaveTextContent(
      'Showing 1 year: no readings in the last 90 days.',
    );
    expect(screen.getByRole('button', { name: '1 year' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('an old severe reading gets no emergency wording, in either view', async () => {
    serve(OLD);
    renderPanel('patient');
    await latestLine();
    const matters = screen.getByRole('region', { name: 'Readings that matter' });
    expect(within(matters).getByText(/more than a day old/)).toBeInTheDocument();
    expect(matters).not.toHaveTextContent(/emergency services/);
  });
});

describe('low readings and date-only times', () => {
  // jsdom lays nothing out: give the table's scroller a size so the virtualizer renders its rows.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const recent = new Date(Date.now() - 3 * DAY);
  const dateOnly = `${recent.getFullYear()}-${String(recent.getMonth() + 1).padStart(2, '0')}-${String(recent.getDate()).padStart(2, '0')}`;

  it('a diastolic of 44 is Low, never Normal, in the latest line, the table and the legend', async () => {
    serve([bp('low', 112, 44, dateOnly)]);
    renderPanel();
    const latest = await latestLine();
    expect(within(latest).getByText('Low')).toHaveClass('bp-cat--low');
    const table = screen.getByRole('region', { name: 'Blood-pressure readings table' });
    expect(within(table).getByText('Low')).toBeInTheDocument();
    expect(within(table).queryByText('Normal')).toBeNull();
    expect(screen.getByRole('list', { name: 'Chart key' })).toHaveTextContent('Low (below 90/60)');
    const matters = screen.getByRole('region', { name: 'Readings that matter' });
    expect(within(matters).getByText('Low reading (below 90/60)')).toBeInTheDocument();
  });

  it('a date-only reading is shown by its day, never with an invented 00:00', async () => {
    serve([bp('d', 131, 84, dateOnly)]);
    renderPanel();
    const latest = await latestLine();
    expect(latest).not.toHaveTextContent(/\d\d:\d\d/);
    const table = screen.getByRole('region', { name: 'Blood-pressure readings table' });
    const cell = within(table).getAllByRole('row')[1]?.querySelector('td');
    expect(cell?.textContent).toMatch(
      new RegExp(
        `^${recent.getDate()} [A-Z][a-z]{2,3}${recent.getFullYear() === thisYear ? '' : ` ${recent.getFullYear()}`}$`,
      ),
    );
  });
});

describe('severe guidance by recency and view', () => {
  const now = new Date(Date.now() - 60 * 60_000).toISOString();
  it.each([
    ['patient view: patient words, emergency services', 'patient', /call emergency services now/],
    ['clinician view: clinician words', 'clinician', /assess for acute target-organ damage/],
  ] as const)('%s', async (_name, mode, expected) => {
    serve([bp('s', 190, 100, now)]);
    renderPanel(mode);
    await latestLine();
    const matters = screen.getByRole('region', { name: 'Readings that matter' });
    expect(within(matters).getByText(expected)).toBeInTheDocument();
  });

  it('a deceased patient: no advice at all', async () => {
    serve([bp('s', 190, 100, now)], { deceasedDateTime: '2026-01-01' });
    renderPanel('patient');
    await latestLine();
    const matters = screen.getByRole('region', { name: 'Readings that matter' });
    await vi.waitFor(() => {
      expect(matters.querySelector('.bp-matter__advice')).toBeNull();
    });
    expect(within(matters).getByText('Severe reading (above 180/120)')).toBeInTheDocument();
  });
});

it('a range button reports the choice up to the dashboard', async () => {
  serve(OLD);
  const { onRangeChange } = renderPanel('clinician', '1y');
  await latestLine();
  await userEvent.click(screen.getByRole('button', { name: '90 days' }));
  expect(onRangeChange).toHaveBeenCalledWith('90d');
});
