/**
 * Timeline boundaries, with records sent newest first as servers often do: a course that starts within
 * CONTINUITY (7 days) of the previous one's end is a dose change, later a stop and a new start; a stop
 * and another drug's start within SWITCH_WINDOW (14 days) are a switch, or at any distance when the new
 * order names the old one as its priorPrescription.
 */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { dayAt as at, medEntry } from '../../mocks/test-data/medication-entry';
import { medicationTimeline } from './medications-timeline';

const tablet = (id: string, name: string, fields: Partial<MedicationEntry>) =>
  medEntry({
    id: `MedicationRequest/${id}`,
    name: `${name} Oral Tablet`,
    doseAmount: { value: 1 },
    ...fields,
  });
const days = (t: number) => (t - at(0)) / (24 * 3600 * 1000);
const list = (entries: MedicationEntry[]) =>
  medicationTimeline([...entries].reverse()).events.map((e) => [days(e.t), e.kind, e.summary]);

const lis10 = tablet('l10', 'Lisinopril 10 MG', { status: 'stopped', start: at(0), end: at(100) });
const aml = (end: number) =>
  tablet('aml', 'Amlodipine 5 MG', {
    status: 'stopped',
    start: at(50),
    end: at(end),
    statusReason: 'Ankle oedema',
  });

describe('a new dose of the same drug', () => {
  it.each([
    [
      'starting exactly 7 days after the end: a dose change',
      107,
      [
        [0, 'start', 'Started Lisinopril 10 mg'],
        [107, 'dose-change', 'Lisinopril 10 mg → 20 mg'],
      ],
    ],
    [
      'starting 8 days after: a stop and a new start',
      108,
      [
        [0, 'start', 'Started Lisinopril 10 mg'],
        [100, 'stop', 'Stopped Lisinopril 10 mg'],
        [108, 'start', 'Started Lisinopril 20 mg'],
      ],
    ],
  ] as const)('%s', (_case, start, expected) => {
    expect(list([lis10, tablet('l20', 'Lisinopril 20 MG', { start: at(start) })])).toEqual(
      expected,
    );
  });

  it('the same dose again after a pause: a stop and a start, no change of dose', () => {
    expect(list([lis10, tablet('again', 'Lisinopril 10 MG', { start: at(300) })])).toEqual([
      [0, 'start', 'Started Lisinopril 10 mg'],
      [100, 'stop', 'Stopped Lisinopril 10 mg'],
      [300, 'start', 'Started Lisinopril 10 mg'],
    ]);
  });
});

describe('a switch to another drug', () => {
  const chl = (start: number, fields: Partial<MedicationEntry> = {}) =>
    tablet('chl', 'Chlorthalidone 12.5 MG', { start: at(start), ...fields });

  it.each([
    [
      '14 days after the stop: a switch',
      214,
      [
        [50, 'start', 'Started Amlodipine 5 mg'],
        [214, 'switch', 'Switched from Amlodipine 5 mg (Ankle oedema) to Chlorthalidone 12.5 mg'],
      ],
    ],
    [
      '15 days after: a stop and a start',
      215,
      [
        [50, 'start', 'Started Amlodipine 5 mg'],
        [200, 'stop', 'Stopped Amlodipine 5 mg (Ankle oedema)'],
        [215, 'start', 'Started Chlorthalidone 12.5 mg'],
      ],
    ],
    [
      '14 days before the stop: a switch too',
      186,
      [
        [50, 'start', 'Started Amlodipine 5 mg'],
        [186, 'switch', 'Switched from Amlodipine 5 mg (Ankle oedema) to Chlorthalidone 12.5 mg'],
      ],
    ],
  ] as const)('%s', (_case, start, expected) => {
    expect(list([aml(200), chl(start)])).toEqual(expected);
  });

  it('the stop stays drawn in its lane, marked as part of the switch', () => {
    const t = medicationTimeline([chl(214), aml(200)]);
    const stop = t.lanes.find((l) => l.key === 'amlodipine')?.events.find((e) => e.kind === 'stop');
    expect(stop).toMatchObject({
      summary: 'Stopped Amlodipine 5 mg (Ankle oedema) — switched to Chlorthalidone',
      partOfSwitch: true,
    });
  });

  it('a year later, but naming the old order as its priorPrescription: a switch', () => {
    expect(
      list([aml(200), chl(565, { priorId: 'MedicationRequest/aml' })]).map((e) => e[1]),
    ).toEqual(['start', 'switch']);
  });

  it('naming another order as prior: not paired with this stop, even within the window', () => {
    const other = tablet('lis', 'Lisinopril 10 MG', { start: at(0) });
    expect(
      list([other, aml(200), chl(205, { priorId: 'MedicationRequest/lis' })]).map((e) => e[1]),
    ).toEqual(['start', 'start', 'stop', 'start']);
  });

  it('one stop pairs with one start only', () => {
    const hctz = tablet('hctz', 'Hydrochlorothiazide 25 MG', { start: at(205) });
    expect(list([aml(200), chl(203), hctz]).map((e) => e[1])).toEqual(['start', 'switch', 'start']);
  });
});

describe('order of lanes and of the list', () => {
  it('lanes by their first segment, the list by time, whatever order the server sent', () => {
    const t = medicationTimeline([
      tablet('c', 'Chlorthalidone 12.5 MG', { start: at(300) }),
      tablet('a', 'Amlodipine 5 MG', { start: at(10) }),
      tablet('l', 'Lisinopril 10 MG', { start: at(100) }),
    ]);
    expect(t.lanes.map((l) => l.label)).toEqual(['Amlodipine', 'Lisinopril', 'Chlorthalidone']);
    expect(t.events.map((e) => days(e.t))).toEqual([10, 100, 300]);
  });

  it('an undated or undrawn record makes no lane', () => {
    const t = medicationTimeline([
      tablet('u', 'Amlodipine 5 MG', {}),
      tablet('d', 'Lisinopril 10 MG', { status: 'draft', start: at(5) }),
    ]);
    expect(t.lanes).toEqual([]);
  });
});
