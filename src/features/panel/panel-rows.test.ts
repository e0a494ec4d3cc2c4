/**
 * The panel's rows as words, and their sorting and filtering (issue 14): each row from a real triage of
 * made-up readings, one named case per state the table shows.
 */
import { describe, expect, it } from 'vitest';
import { local, reading, twiceDaily, TZ } from '../../../mocks/test-data/bp-readings';
import { resolveGoal } from '../../clinical/bp-goal';
import { triagePatient } from '../../clinical/rpm-triage';
import type { BpReading } from '../../fhir/bp-types';
import { FhirError } from '../../smart/types';
import type { MemberOutcome } from '../../queries/panel-triage';
import { deviceText, filterRows, panelRows, sortRows, zoneNote } from './panel-rows';

const now = local(2026, 12, 1, 10);
const o = { now, timeZone: TZ };
const goal = resolveGoal({});
const device = (rs: BpReading[]) =>
  rs.map((r) => ({ ...r, source: 'device' as const, setting: 'home' as const }));

function outcome(readings: BpReading[], enrolledAt?: number): MemberOutcome {
  return {
    ok: true,
    triage: triagePatient({
      readings,
      goal,
      now,
      timeZone: TZ,
      ...(enrolledAt !== undefined ? { enrolledAt } : {}),
      antihypertensives: 2,
    }),
    notes: [],
    zone: { timeZone: TZ, fromReadings: true },
  };
}

const enrolled = local(2026, 11, 1, 9);
const members = [
  { patientId: 'a-controlled', enrolledAt: enrolled, programs: ['P'] },
  { patientId: 'b-severe', enrolledAt: enrolled, programs: ['P'] },
  { patientId: 'c-stopped', enrolledAt: enrolled, programs: ['P'] },
  { patientId: 'd-loading', programs: ['P'] },
  { patientId: 'e-failed', programs: ['P'] },
];
const outcomes = new Map<string, MemberOutcome>([
  ['a-controlled', outcome(device(twiceDaily([2026, 11, 30], 30, 118, 72)), enrolled)],
  [
    'b-severe',
    outcome(
      device([
        ...twiceDaily([2026, 11, 30], 30, 118, 72),
        reading(local(2026, 11, 29, 8), 186, 104),
      ]),
      enrolled,
    ),
  ],
  ['c-stopped', outcome(device(twiceDaily([2026, 11, 24], 20, 118, 72)), enrolled)],
  ['e-failed', { ok: false, error: new FhirError('timeout', 'slow') }],
]);
const names = new Map(
  members.map((m, i) => [
    m.patientId,
    { name: { text: `Name ${String.fromCharCode(90 - i)}` }, unreadable: [] },
  ]),
);
const rows = panelRows(members, names, outcomes, o);
const row = (id: string) => rows.find((r) => r.id === id);

describe('panel rows', () => {
  it.each([
    ['controlled', 'a-controlled', 'Controlled', 'Yesterday'],
    ['severe', 'b-severe', 'Severe reading', 'Yesterday'],
    ['stopped', 'c-stopped', 'Data stopped', '7 days ago (24 Nov)'],
    ['loading', 'd-loading', 'Loading…', ''],
    ['failed', 'e-failed', 'Could not be read', '—'],
  ])('%s', (_name, id, label, last) => {
    expect(row(id)?.label).toBe(label);
    expect(row(id)?.last).toBe(last);
  });

  it('says what a failure was, in words', () => {
    expect(row('e-failed')?.reasons).toEqual(['The server did not answer in time.']);
  });

  it('names the worst severe reading and the 7-day average with its goal', () => {
    expect(row('b-severe')?.severe).toBe('1 reading, worst 186/104');
    expect(row('a-controlled')?.average).toBe('118/72');
    expect(row('a-controlled')?.goal).toBe('below 130/80');
  });

  it('orders by triage (severe, stopped, controlled, then failed, then loading)', () => {
    expect(sortRows(rows, 'triage').map((r) => r.id)).toEqual([
      'b-severe',
      'c-stopped',
      'a-controlled',
      'e-failed',
      'd-loading',
    ]);
  });

  it('sorts by name and by fewest device days', () => {
    expect(sortRows(rows, 'name').map((r) => r.id)).toEqual([
      'e-failed',
      'd-loading',
      'c-stopped',
      'b-severe',
      'a-controlled',
    ]);
    expect(sortRows(rows, 'device')[0]?.id).toBe('c-stopped');
  });

  it('filters by group and by name', () => {
    expect(filterRows(rows, new Set(['severe', 'stopped']), '').map((r) => r.id)).toEqual([
      'b-severe',
      'c-stopped',
    ]);
    expect(filterRows(rows, new Set(), 'name y').map((r) => r.id)).toEqual(['b-severe']);
    expect(filterRows(rows, new Set(), '')).toHaveLength(5);
  });
});

describe('device days in words (CMS CY2026: 99445 from 2 days, 99454 from 16)', () => {
  const withDays = (n: number, anchored = true) => {
    const t = outcomes.get('a-controlled');
    if (!t?.ok) throw new Error('no triage');
    return {
      ...t.triage,
      deviceDays: {
        ...t.triage.deviceDays,
        deviceDays: n,
        code: n >= 16 ? ('99454' as const) : n >= 2 ? ('99445' as const) : null,
        neededFor99454: n >= 16 ? null : 16 - n,
      },
      period: { ...t.triage.period, anchored, day: 20 },
    };
  };
  it.each([
    [0, true, '0 days · none met, 2 more for 99445 · day 20 of 30'],
    [1, true, '1 day · none met, 1 more for 99445 · day 20 of 30'],
    [2, true, '2 days · 99445 met, 14 more for 99454 · day 20 of 30'],
    [15, true, '15 days · 99445 met, 1 more for 99454 · day 20 of 30'],
    [16, true, '16 days · 99454 met · day 20 of 30'],
    [16, false, '16 days · 99454 met · last 30 days'],
  ])('%i days (anchored %s)', (n, anchored, text) => {
    expect(deviceText(withDays(n, anchored))).toBe(text);
  });
});

describe('zoneNote', () => {
  it.each([
    ['same offset as the viewer', { timeZone: 'Etc/GMT+5', fromReadings: true }, undefined],
    ['three hours west', { timeZone: 'Etc/GMT+8', fromReadings: true }, 'days counted at UTC−8'],
    ['east of UTC', { timeZone: 'Etc/GMT-1', fromReadings: true }, 'days counted at UTC+1'],
    ['not from readings', { timeZone: 'Etc/GMT+8', fromReadings: false }, undefined],
  ])('%s', (_name, zone, note) => {
    expect(zoneNote(zone, o)).toBe(note);
  });
});
