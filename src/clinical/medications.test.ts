import type { Medication, MedicationRequest, MedicationStatement } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { type MedicationEntry, missingMedicationIds, readMedications } from '../fhir/medications';
import { dedupeMedications, dosageLine } from './medications';
import { ingredientsOf } from './medications-classes';
import { medicationGroups } from './medications-groups';
import { medicationTimeline } from './medications-timeline';

const RX = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const rx = (code: string, display: string) => ({ coding: [{ system: RX, code, display }] });
import { DAY } from './time';
const NOW = Date.parse('2026-11-01T15:00:00Z');
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

const request = (id: string, fields: Partial<MedicationRequest>): MedicationRequest => ({
  resourceType: 'MedicationRequest',
  id,
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p' },
  ...fields,
});
const statement = (id: string, fields: Partial<MedicationStatement>): MedicationStatement => ({
  resourceType: 'MedicationStatement',
  id,
  status: 'active',
  subject: { reference: 'Patient/p' },
  ...fields,
});
const med = (id: string, code: string, display: string): Medication => ({
  resourceType: 'Medication',
  id,
  code: rx(code, display),
});
const read = (
  requests: MedicationRequest[],
  statements: MedicationStatement[] = [],
  included: Medication[] = [],
  fetched: Medication[] = [],
) => readMedications({ requests, statements, included, read: fetched });

describe('medication[x] in every form', () => {
  const contained = request('c', {
    contained: [med('m1', '310798', 'hydrochlorothiazide 25 MG Oral Tablet')],
    medicationReference: { reference: '#m1' },
  });
  it.each([
    [
      'a CodeableConcept',
      request('cc', { medicationCodeableConcept: rx('314077', 'lisinopril 20 MG Oral Tablet') }),
      'codeable-concept',
      'lisinopril 20 MG Oral Tablet',
    ],
    [
      'a CodeableConcept with text only',
      request('t', { medicationCodeableConcept: { text: 'Enalapril 5 mg' } }),
      'codeable-concept',
      'Enalapril 5 mg',
    ],
    ['a contained Medication', contained, 'contained', 'hydrochlorothiazide 25 MG Oral Tablet'],
    [
      'an included Medication',
      request('i', { medicationReference: { reference: 'Medication/inc' } }),
      'included',
      'amlodipine 5 MG Oral Tablet',
    ],
    [
      'an absolute reference to an included Medication',
      request('a', { medicationReference: { reference: 'https://x/fhir/Medication/inc' } }),
      'included',
      'amlodipine 5 MG Oral Tablet',
    ],
    [
      'a Medication the app read',
      request('r', { medicationReference: { reference: 'Medication/readme' } }),
      'read',
      'aspirin 81 MG Oral Tablet',
    ],
    [
      'only the reference display',
      request('d', {
        medicationReference: {
          reference: 'Medication/gone',
          display: 'metoprolol succinate 50 MG',
        },
      }),
      'display',
      'metoprolol succinate 50 MG',
    ],
  ])('reads %s', (_case, r, form, name) => {
    const out = read(
      [r],
      [],
      [med('inc', '197361', 'amlodipine 5 MG Oral Tablet')],
      [med('readme', '243670', 'aspirin 81 MG Oral Tablet')],
    );
    expect(out.entries[0]).toMatchObject({ form, name });
  });

  it('reads a MedicationStatement', () => {
    const out = read(
      [],
      [
        statement('s', {
          medicationCodeableConcept: rx('243670', 'aspirin 81 MG'),
          effectivePeriod: { start: ago(10) },
          dosage: [{ text: '81 mg daily' }],
        }),
      ],
    );
    expect(out.entries[0]).toMatchObject({
      id: 'MedicationStatement/s',
      source: 'statement',
      start: NOW - 10 * DAY,
      dosageText: '81 mg daily',
    });
  });

  it('lists referenced Medications neither included nor contained, once each', () => {
    const rs = [
      request('1', { medicationReference: { reference: 'Medication/inc' } }),
      request('2', { medicationReference: { reference: 'Medication/x' } }),
      request('3', { medicationReference: { reference: 'Medication/x' } }),
      request('4', { medicationReference: { reference: '#contained' } }),
    ];
    expect(
      missingMedicationIds({
        requests: rs,
        statements: [statement('s', { medicationReference: { reference: 'Medication/y' } })],
        included: [med('inc', '1', 'x')],
      }),
    ).toEqual(['x', 'y']);
  });

  it('skips entered-in-error and counts a resource without any medication', () => {
    const out = read([
      request('e', { status: 'entered-in-error', medicationCodeableConcept: { text: 'x' } }),
      request('n', {}),
      request('u', { medicationReference: { reference: 'Medication/gone' } }),
    ]);
    expect([out.entries.length, out.skipped, out.unreadable]).toEqual([0, 1, 2]);
  });
});

describe('dose and frequency', () => {
  const withDosage = (dosage: MedicationRequest['dosageInstruction']) =>
    read([request('x', { medicationCodeableConcept: { text: 'x' }, dosageInstruction: dosage })])
      .entries[0] as MedicationEntry;
  const q = (value: number, unit = 'mg') => ({ doseAndRate: [{ doseQuantity: { value, unit } }] });
  it.each([
    ['the prescriber text wins', [{ text: 'Take one daily', ...q(10) }], 'Take one daily'],
    [
      'once daily',
      [{ ...q(10), timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' as const } } }],
      '10 mg once daily',
    ],
    [
      'twice daily',
      [{ ...q(25), timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' as const } } }],
      '25 mg twice daily',
    ],
    [
      'every 8 hours',
      [{ ...q(5), timing: { repeat: { frequency: 1, period: 8, periodUnit: 'h' as const } } }],
      '5 mg every 8 hours',
    ],
    ['timing code', [{ ...q(5), timing: { code: { text: 'QD' } } }], '5 mg QD'],
    ['as needed', [{ ...q(400), asNeededBoolean: true }], '400 mg as needed'],
    ['nothing', [], undefined],
  ])('%s', (_case, dosage, expected) => {
    expect(dosageLine(withDosage(dosage))).toBe(expected);
  });
});

describe('classes', () => {
  const entry = (name: string, rxnorm: string[] = []) => ({ name, rxnorm, concepts: [] });
  it.each([
    ['lisinopril 20 MG Oral Tablet', 'ace-inhibitor'],
    ['losartan potassium 50 MG Oral Tablet', 'arb'],
    ['amlodipine 5 MG Oral Tablet', 'ccb'],
    ['Chlorthalidone 25 mg', 'thiazide'],
    ['furosemide 40 MG', 'loop-diuretic'],
    ['metoprolol succinate ER 50 MG', 'beta-blocker'],
    ['spironolactone 25 MG', 'mra'],
    ['hydralazine 25 MG', 'other'],
    ['atorvastatin 20 MG', undefined],
  ])('%s is %s', (name, cls) => {
    expect(ingredientsOf(entry(name)).map((i) => i.drugClass)).toEqual(cls ? [cls] : []);
  });
  it('recognizes an ingredient RxCUI without a name, and both parts of a combination', () => {
    expect(ingredientsOf(entry('Tablet', ['29046'])).map((i) => i.drugClass)).toEqual([
      'ace-inhibitor',
    ]);
    expect(
      ingredientsOf(entry('losartan potassium / hydrochlorothiazide 50/12.5 MG')).map(
        (i) => i.drugClass,
      ),
    ).toEqual(['arb', 'thiazide']);
  });
});

describe('de-duplication and order', () => {
  const lis = rx('314077', 'lisinopril 20 MG Oral Tablet');
  it.each([
    [
      'the same identifier (a resent order)',
      [
        request('a', { identifier: [{ system: 's', value: '1' }], medicationCodeableConcept: lis }),
        request('b', {
          identifier: [{ system: 's', value: '1' }],
          medicationCodeableConcept: { text: 'lisinopril' },
        }),
      ],
      [],
      1,
    ],
    [
      'a statement of a prescribed RxNorm code',
      [request('a', { medicationCodeableConcept: lis })],
      [statement('s', { medicationCodeableConcept: lis })],
      1,
    ],
    [
      'a current statement vs a stopped order',
      [request('a', { status: 'stopped', medicationCodeableConcept: lis })],
      [statement('s', { medicationCodeableConcept: lis })],
      2,
    ],
    [
      'two orders of one code (a restart)',
      [
        request('a', { medicationCodeableConcept: lis }),
        request('b', { medicationCodeableConcept: lis }),
      ],
      [],
      2,
    ],
  ])('%s', (_case, requests, statements, count) => {
    const list = dedupeMedications(read(requests, statements).entries);
    expect(list).toHaveLength(count);
    expect(list.map((m) => m.id)).toContain('MedicationRequest/a'); // requests win over statements
  });

  it('groups taking, then on hold, then planned; the rest is past, one line per drug', () => {
    const statuses = ['stopped', 'completed', 'active', 'cancelled', 'on-hold', 'draft'] as const;
    const groups = medicationGroups(
      read(
        statuses.map((s, i) =>
          request(`${i}`, { status: s, medicationCodeableConcept: { text: `Drug ${s}` } }),
        ),
      ).entries,
    );
    const status = (cs: { last: { status: string } }[]) => cs.map((c) => c.last.status);
    expect(status(groups.current)).toEqual(['active', 'on-hold']);
    expect(status(groups.planned)).toEqual(['draft']);
    expect(groups.past.map((h) => h.name).sort()).toEqual([
      'Drug cancelled',
      'Drug completed',
      'Drug stopped',
    ]);
  });
});

describe('timeline: starts, stops, dose changes, switches', () => {
  const order = (
    id: string,
    code: [string, string],
    mg: number,
    start: number,
    end?: number,
    extra: Partial<MedicationRequest> = {},
  ) =>
    request(id, {
      status: end === undefined ? 'active' : 'stopped',
      medicationCodeableConcept: rx(...code),
      dosageInstruction: [
        {
          doseAndRate: [{ doseQuantity: { value: mg, unit: 'mg' } }],
          timing: {
            repeat: {
              boundsPeriod: { start: ago(start), ...(end !== undefined ? { end: ago(end) } : {}) },
            },
          },
        },
      ],
      ...extra,
    });
  const timeline = (rs: MedicationRequest[]) => medicationTimeline(read(rs).entries);
  const LIS10: [string, string] = ['314076', 'lisinopril 10 MG Oral Tablet'];
  const LIS20: [string, string] = ['314077', 'lisinopril 20 MG Oral Tablet'];
  const AML: [string, string] = ['197361', 'amlodipine 5 MG Oral Tablet'];
  const CTD: [string, string] = ['197499', 'chlorthalidone 25 MG Oral Tablet'];

  it('a dose change is one lane with a start and a dose change', () => {
    const t = timeline([order('a', LIS10, 10, 400, 45), order('b', LIS20, 20, 45)]);
    expect(t.lanes.map((l) => [l.label, l.segments.length])).toEqual([['Lisinopril', 2]]);
    expect(t.events.map((e) => [e.kind, e.summary, (NOW - e.t) / DAY])).toEqual([
      ['start', 'Started Lisinopril 10 mg', 400],
      ['dose-change', 'Lisinopril 10 mg → 20 mg', 45],
    ]);
  });

  it('a renewal at the same dose is no change', () => {
    expect(
      timeline([order('a', LIS10, 10, 400, 200), order('b', LIS10, 10, 198)]).events.map(
        (e) => e.kind,
      ),
    ).toEqual(['start']);
  });

  it('a stop with its reason', () => {
    const t = timeline([order('a', AML, 5, 300, 100, { statusReason: { text: 'Ankle oedema' } })]);
    expect(t.events.map((e) => [e.kind, e.summary])).toEqual([
      ['start', 'Started Amlodipine 5 mg'],
      ['stop', 'Stopped Amlodipine 5 mg (Ankle oedema)'],
    ]);
  });

  it.each([
    ['by priorPrescription', { priorPrescription: { reference: 'MedicationRequest/a' } }, 100],
    ['by a stop and a start within 14 days', {}, 90],
  ])('a switch %s', (_case, extra, startDays) => {
    const t = timeline([
      order('a', AML, 5, 300, 100),
      order('b', CTD, 12.5, startDays, undefined, extra),
    ]);
    // The switch is listed once; the stop stays drawn in its own lane.
    expect(t.events.map((e) => e.kind)).toEqual(['start', 'switch']);
    expect(t.lanes[0]?.events.map((e) => e.kind)).toEqual(['start', 'stop']);
    expect(t.events[1]?.summary).toBe('Switched from Amlodipine 5 mg to Chlorthalidone 12.5 mg');
  });

  it('a stop and an unrelated start months apart are not a switch', () => {
    expect(
      timeline([order('a', AML, 5, 300, 200), order('b', CTD, 12.5, 50)]).events.map((e) => e.kind),
    ).toEqual(['start', 'stop', 'start']);
  });

  it('a stopped order without an end date draws no period past its start', () => {
    const t = timeline([
      request('x', {
        status: 'stopped',
        medicationCodeableConcept: rx(...AML),
        authoredOn: ago(100),
      }),
    ]);
    expect(t.lanes[0]?.segments).toEqual([
      { from: NOW - 100 * DAY, to: NOW - 100 * DAY, dose: '5 mg', entryId: 'MedicationRequest/x' },
    ]);
  });

  it('leaves plans, cancelled orders and non-antihypertensives off the timeline', () => {
    const t = timeline([
      order('p', LIS10, 10, 10, undefined, { intent: 'plan' }),
      order('c', AML, 5, 10, undefined, { status: 'cancelled' }),
      order('s', ['617310', 'atorvastatin 20 MG Oral Tablet'], 20, 10),
    ]);
    expect(t.lanes).toEqual([]);
  });
});
