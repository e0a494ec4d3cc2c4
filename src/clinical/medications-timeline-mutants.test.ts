/**
 * Switches named by priorPrescription (medications-timeline.ts markSwitches): the prior order found
 * anywhere in a renewal chain, beside an unrelated drug, and for a combination tablet (the mutation run
 * found these unpinned).
 */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { dayAt as at, medEntry } from '../../mocks/test-data/medication-entry';
import { medicationTimeline } from './medications-timeline';

const tablet = (id: string, name: string, fields: Partial<MedicationEntry>) =>
  medEntry({ id: `MedicationRequest/${id}`, name: `${name} Oral Tablet`, ...fields });
const kinds = (entries: MedicationEntry[]) =>
  medicationTimeline(entries).events.map((e) => [e.lane, e.kind]);

/** Amlodipine taken throughout; valsartan renewed once (v1 then v2), stopped on day 200. */
const background = [
  tablet('aml', 'Amlodipine 5 MG', { start: at(0) }),
  tablet('v1', 'Valsartan 80 MG', { status: 'stopped', start: at(10), end: at(100) }),
  tablet('v2', 'Valsartan 80 MG', {
    status: 'stopped',
    start: at(100),
    end: at(200),
    priorId: 'MedicationRequest/v1',
  }),
];

describe('a switch named by priorPrescription, a year after the stop', () => {
  it.each([
    ['naming the renewal that was stopped', 'Losartan 50 MG', 'MedicationRequest/v2', 'switch'],
    ['naming the first order of the chain', 'Losartan 50 MG', 'MedicationRequest/v1', 'switch'],
    [
      'naming the amlodipine order (not stopped): no switch',
      'Losartan 50 MG',
      'MedicationRequest/aml',
      'start',
    ],
  ])('%s', (_name, drug, priorId, kind) => {
    const los = tablet('los', drug, { start: at(565), priorId });
    expect(kinds([...background, los]).at(-1)).toEqual(['losartan', kind]);
  });
  it('to a combination tablet: its first ingredient’s start is the switch', () => {
    const combo = tablet('lh', 'Losartan 50 MG / Hydrochlorothiazide 12.5 MG', {
      start: at(565),
      priorId: 'MedicationRequest/v2',
    });
    const last = kinds([...background, combo]).slice(-2);
    expect(last.map(([, kind]) => kind).sort()).toEqual(['start', 'switch']);
  });
});

describe('a second product of the same drug while the first goes on', () => {
  it.each([
    [
      'added while the first is still taken: a dose change to both',
      undefined,
      ['dose-change', 'Lisinopril 10 mg → 10 mg + 20 mg'],
    ],
    [
      'the first ends 8 days after the second starts: still added',
      at(58),
      ['dose-change', 'Lisinopril 10 mg → 10 mg + 20 mg'],
    ],
    [
      'the first ends 7 days after: a plain change of dose',
      at(57),
      ['dose-change', 'Lisinopril 10 mg → 20 mg'],
    ],
  ])('%s', (_name, end, event) => {
    const first = tablet('l10', 'Lisinopril 10 MG', {
      start: at(0),
      ...(end !== undefined ? { end, status: 'stopped' } : {}),
    });
    const second = tablet('l20', 'Lisinopril 20 MG', { start: at(50) });
    const events = medicationTimeline([first, second]).events.map((e) => [e.kind, e.summary]);
    expect(events[1]).toEqual(event);
  });
});
