/**
 * The panel when later search pages fail: newest-first pages that are checked, a server that ignores
 * `_sort`, one that refuses it. No figure over a window that did not load states a number or absence.
 */
import type { Observation } from 'fhir/r4';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { encounterSearch, OBSERVATION_URL } from '../../../mocks/fixtures/bp';
import { bundle, fhirError, fhirJson } from '../../../mocks/fhir';
import { noMeds, WindowedBpPanel } from '../../../mocks/bp-panel';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { MEASUREMENT_SETTING_URL } from '../../fhir/codes';
import type { TimeRange } from '../../components/chart-layout';

const HOUR = 3_600_000;
const PAGE = 100;
const c = (code: string, value: number) => ({
  code: { coding: [{ system: 'http://loinc.org', code }] },
  valueQuantity: { value, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
});
/** A home reading every 2 hours for 60 days up to an hour ago: a page of 100 holds ~8 days. */
const now = Date.now();
const observations: Observation[] = Array.from({ length: 720 }, (_, i) => ({
  resourceType: 'Observation',
  id: `h${i}`,
  status: 'final',
  subject: { reference: 'Patient/test-patient' },
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
  extension: [
    {
      url: MEASUREMENT_SETTING_URL,
      valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '264362003' }] },
    },
  ],
  effectiveDateTime: new Date(now - HOUR - i * 2 * HOUR).toISOString(),
  component: [c('8480-6', 150), c('8462-4', 95)],
}));

type SortMode = 'honours' | 'ignores' | 'refuses';

/** Pages of 100; the second and later fail (like the sandbox's `broken_page`) unless `intact`. */
function serve(sort: SortMode, intact = false, range: TimeRange = '90d') {
  server.use(
    encounterSearch([]),
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      fhirJson({ resourceType: 'Patient', id: 'test-patient', birthDate: '1950-01-01' }),
    ),
    http.get(OBSERVATION_URL, ({ request }) => {
      const url = new URL(request.url);
      const asked = url.searchParams.get('_sort');
      if (asked && sort === 'refuses') return fhirError(400, 'Unsupported _sort');
      const offset = Number(url.searchParams.get('_offset') ?? 0);
      if (offset > 0 && !intact) return new HttpResponse('<html>oops</html>', { status: 200 });
      const newestFirst = asked === '-date' && sort === 'honours';
      const ordered = newestFirst ? observations : [...observations].reverse();
      const next = new URL(url);
      next.searchParams.set('_offset', String(offset + PAGE));
      return HttpResponse.json(
        bundle(ordered.slice(offset, offset + PAGE), {
          ...(offset + PAGE < ordered.length ? { next: next.href } : {}),
        }),
        { headers: { 'content-type': 'application/fhir+json' } },
      );
    }),
  );
  server.use(...noMeds());
  renderWithSession(
    <WindowedBpPanel range={range} onRangeChange={vi.fn()} timeZone="America/New_York" />,
    { mode: 'clinician' },
  );
  return screen.findByTestId(range === '30d' ? 'bp-latest' : 'bp-sentence', {}, { timeout: 4000 });
}

const MISSING = 'incomplete — some readings could not be loaded';

describe('BloodPressurePanel with pages that could not be loaded', () => {
  it('complete: every figure is a number', async () => {
    const sentence = await serve('honours', true);
    expect(sentence).toHaveTextContent(/^Above goal: home average 150\/95 over the last 7 days/);
    expect(screen.queryByText(/incomplete/)).toBeNull();
    expect(screen.queryByTestId('bp-chart-incomplete')).toBeNull();
    expect(screen.getByTestId('bp-latest')).toHaveTextContent(/^Latest 150\/95/);
  });

  it('newest-first partial: the last 7 days loaded and say so; 14 days and the period do not', async () => {
    const sentence = await serve('honours');
    expect(screen.getByRole('alert')).toHaveTextContent('Some readings could not be loaded.');
    expect(sentence).toHaveTextContent(/^Above goal: home average 150\/95 over the last 7 days/);
    expect(sentence).not.toHaveTextContent(/No home readings|no severe readings/);
    expect(screen.getByTestId('bp-verdict')).toHaveTextContent('Above goal 150/95');
    expect(screen.getByText(`14 days: ${MISSING}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Readings (100 loaded)' })).toBeInTheDocument();
    expect(screen.getByText(`30 days: ${MISSING}`)).toBeInTheDocument();
    expect(screen.getByTestId('bp-matters-incomplete')).toHaveTextContent(
      'None among the loaded readings',
    );
    expect(screen.getByTestId('bp-latest')).toHaveTextContent(/^Latest 150\/95/);
    expect(await screen.findByTestId('bp-chart-incomplete')).toHaveTextContent(
      /^Readings before .+ could not be loaded: the shaded span is not an absence of readings\.$/,
    );
  });

  it.each([
    ['a server that ignores _sort (oldest first)', 'ignores'],
    ['a server that refuses _sort (400, asked again unsorted)', 'refuses'],
  ] as const)('unsorted partial, %s: nothing is known complete', async (_name, mode) => {
    const sentence = await serve(mode);
    expect(sentence).toHaveTextContent(`No verdict on control: ${MISSING}; latest loaded reading`);
    expect(screen.getByTestId('bp-verdict')).toHaveTextContent('No verdict yet');
    expect(screen.getByText(`14 days: ${MISSING}`)).toBeInTheDocument();
    expect(screen.getByTestId('bp-latest')).toHaveTextContent(/^Latest loaded 150\/95/);
    expect(screen.getByTestId('bp-latest')).toHaveTextContent('newer readings may be among those');
    expect(screen.getByTestId('bp-chart-incomplete')).toHaveTextContent(
      'the chart shows only those that did',
    );
  });

  it('an empty window that did not load is not called empty', async () => {
    // Ignored `_sort`: the one page that arrived holds the oldest readings, none in the last 30 days.
    await serve('ignores', false, '30d');
    expect(screen.getByRole('status')).toHaveTextContent(
      `Blood-pressure readings for this period: ${MISSING}`,
    );
    expect(screen.queryByText(/No blood-pressure readings/)).toBeNull();
  });
});
