/** The panel and the timeline for real-shaped charts: long history, do-not-give, on hold, deceased. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithSession } from '../../../mocks/render';
import { MedicationsPanel, MedicationTimeline } from './index';
import { chain, longHistory, order, serveChart } from '../../../mocks/fixtures/meds-charts';

import { DAY } from '../../clinical/time';
const NOW = Date.now();
const group = (name: string) => screen.findByRole('list', { name });
const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('MedicationsPanel with a long, messy chart (240 orders)', () => {
  it('shows active courses first, renewal chains merged, do-not-give apart, one line per past drug', async () => {
    serveChart(longHistory(NOW));
    renderWithSession(<MedicationsPanel timeZone="America/New_York" />);
    const current = texts(await group('Current'));
    expect(current).toHaveLength(4); // hctz, combination, amlodipine (active) and furosemide (on hold)
    expect(current[0]).toContain('Amlodipine 5 MG Oral Tablet');
    expect(current.at(-1)).toMatch(/Furosemide 40 MG Oral Tablet.*On hold/);
    const hctz = current.find((t) => t.startsWith('Hydrochlorothiazide')) ?? '';
    expect(hctz).toContain('renewed 20 times');
    expect(hctz).toContain('1 tablet (25 mg) once daily');
    // A combination keeps the form without inventing one strength for both ingredients.
    const combo = current.find((t) => t.startsWith('Lisinopril')) ?? '';
    expect(combo).toContain('1 tablet once daily');
    expect(combo).not.toMatch(
      /Lisinopril 10 MG \/ Hydrochlorothiazide 12\.5 MG Oral Tablet.*\(10 mg\)/,
    );
    expect(texts(await group('Not to be given'))).toEqual([
      expect.stringMatching(/^Metoprolol succinate 50 MG.*Not to be given/),
    ]);
    expect(texts(await group('Planned, not yet started'))[0]).toContain('Draft (not yet ordered)');
    // The past: one collapsed line per drug, not 200 items.
    const past = await group('Past medications');
    const drugs = within(past).getAllByRole('group');
    expect(drugs).toHaveLength(8);
    expect(drugs.every((d) => !(d as HTMLDetailsElement).open)).toBe(true);
    expect(screen.getByText('1 record marked as entered in error left out.')).toBeInTheDocument();
    // Never a bare number as a dose.
    expect(document.body.textContent).not.toMatch(/Tablet1\b|\b1 once daily/);
  });
});

describe('status words keep their meaning', () => {
  it('a do-not-give order (active) is never active therapy, on the list or the timeline', async () => {
    serveChart([
      order('dnp', 'Lisinopril 10 MG Oral Tablet', '314076', '2024-01-15', {
        status: 'active',
        doNotPerform: true,
      }),
    ]);
    renderWithSession(<MedicationsPanel />);
    expect(texts(await group('Not to be given'))[0]).toContain('Not to be given');
    expect(screen.queryByRole('list', { name: 'Current' })).toBeNull();
  });

  it('the timeline draws no lane for a do-not-give order, and a hatched "On hold" bar for on-hold', async () => {
    serveChart([
      order('dnp', 'Lisinopril 10 MG Oral Tablet', '314076', '2024-01-15', {
        status: 'active',
        doNotPerform: true,
      }),
      order(
        'hold',
        'Amlodipine 5 MG Oral Tablet',
        '197361',
        new Date(NOW - 30 * DAY).toISOString(),
        {
          status: 'on-hold',
        },
      ),
    ]);
    const { container } = renderWithSession(
      <MedicationTimeline domain={{ from: NOW - 90 * DAY, to: NOW }} />,
    );
    expect(await screen.findByText('Amlodipine')).toBeInTheDocument();
    expect(screen.queryByText('Lisinopril')).toBeNull();
    const seg = container.querySelector('.med-seg');
    expect(seg).toHaveClass('med-seg--paused');
    expect(seg).toHaveTextContent('On hold · 5 mg');
  });

  it('a date-only start is shown on its own day in US zones', async () => {
    serveChart([
      order('a', 'Amlodipine 5 MG Oral Tablet', '197361', '2024-01-15', { status: 'active' }),
    ]);
    renderWithSession(<MedicationsPanel timeZone="America/Los_Angeles" />);
    expect(texts(await group('Current'))[0]).toContain('Since 15 Jan 2024');
  });
});

describe('a deceased patient', () => {
  const died = Date.parse('2023-06-01T12:00:00Z');
  it('the list says nothing is ongoing after death', async () => {
    serveChart(chain('hctz', 'Hydrochlorothiazide 25 MG Oral Tablet', '310798', 2015, 9, true));
    renderWithSession(<MedicationsPanel deceasedAt={died} timeZone="UTC" />);
    const item = texts(await group('At the time of death'))[0] ?? '';
    expect(item).toContain('Order open at death');
    expect(item).toContain('– death (1 Jun 2023)');
    expect(item).not.toMatch(/Since|Active/);
  });

  it('the timeline ends the bar at death, not today', async () => {
    serveChart(chain('hctz', 'Hydrochlorothiazide 25 MG Oral Tablet', '310798', 2015, 9, true));
    const { container } = renderWithSession(
      <MedicationTimeline deceasedAt={died} domain={{ from: died - 1000 * DAY, to: NOW }} />,
    );
    await screen.findByText('Hydrochlorothiazide');
    const seg = container.querySelector<HTMLElement>('.med-seg');
    const right = parseFloat(seg?.style.left ?? '') + parseFloat(seg?.style.width ?? '');
    expect(right).toBeCloseTo((1000 / ((NOW - died) / DAY + 1000)) * 100, 0);
  });
});
