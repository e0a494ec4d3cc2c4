/**
 * The grouped medication list: current (taking, then on hold), planned, not to be given, and one line
 * per drug for the past (medications-status meanings; FHIR R4 medicationrequest-status and
 * medication-statement-status).
 */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { dayAt as at, medEntry as entry } from '../../mocks/test-data/medication-entry';
import { type ItemCourse, drugName, medicationGroups } from './medications-groups';

describe('drugName: the drug without strength, form or release', () => {
  it.each([
    ['strength and form dropped', 'Lisinopril 10 MG Oral Tablet', 'Lisinopril'],
    [
      'a combination keeps both drugs',
      'Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet',
      'Lisinopril / Hydrochlorothiazide',
    ],
    [
      'an extended-release prefix ("24 HR") dropped',
      '24 HR Metoprolol Succinate 50 MG Extended Release Oral Tablet',
      'Metoprolol Succinate',
    ],
    ['the prefix in any case', '12 hr nifedipine 30 MG', 'nifedipine'],
    ['a prefix only at the start', 'Nifedipine 24 HR 30 MG', 'Nifedipine'],
    ['a slash without spaces is one name', 'lisinopril/hctz', 'lisinopril/hctz'],
    ['spaces around the name trimmed', '  Amlodipine  ', 'Amlodipine'],
    ['only a strength: the name as sent, trimmed', ' 10 MG ', '10 MG'],
    ['a combination part that is only a strength is dropped', 'Losartan 50 MG / 25 MG', 'Losartan'],
  ])('%s', (_case, name, expected) => {
    expect(drugName(name)).toBe(expected);
  });
});

const ids = (cs: readonly ItemCourse[]) => cs.map((c) => c.last.id);
const req = (id: string, fields: Partial<MedicationEntry>) =>
  entry({ id: `MedicationRequest/${id}`, name: `Drug${id.toUpperCase()} 5 MG`, ...fields });

describe('medicationGroups: which group each status goes to', () => {
  it.each<[string, Partial<MedicationEntry>, 'current' | 'planned' | 'notGiven' | 'past']>([
    ['active order: current', { status: 'active' }, 'current'],
    ['on-hold order: current', { status: 'on-hold' }, 'current'],
    ['draft order: planned', { status: 'draft' }, 'planned'],
    ['intent plan: planned', { intent: 'plan' }, 'planned'],
    ['do-not-give order: not to be given', { doNotPerform: true }, 'notGiven'],
    ['stopped order: past', { status: 'stopped' }, 'past'],
    ['cancelled (never started): past', { status: 'cancelled' }, 'past'],
    ['status unknown: past', { status: 'unknown' }, 'past'],
  ])('%s', (_case, fields, group) => {
    const groups = medicationGroups([req('a', { start: at(0), ...fields })]);
    const where = (['current', 'planned', 'notGiven', 'past'] as const).filter((g) =>
      g === 'past' ? groups.past.length > 0 : groups[g].length > 0,
    );
    expect(where).toEqual([group]);
  });
});

describe('medicationGroups: order inside a group', () => {
  it('current: taking before on hold, then the newest start first; undated last', () => {
    const g = medicationGroups([
      req('held-new', { status: 'on-hold', start: at(50) }),
      req('old', { start: at(10) }),
      req('undated', {}),
      req('new', { start: at(40) }),
      req('held-old', { status: 'on-hold', start: at(5) }),
    ]);
    expect(ids(g.current)).toEqual([
      'MedicationRequest/new',
      'MedicationRequest/old',
      'MedicationRequest/undated',
      'MedicationRequest/held-new',
      'MedicationRequest/held-old',
    ]);
  });

  it.each([
    ['planned', { status: 'draft' }],
    ['notGiven', { doNotPerform: true }],
  ] as const)('%s: the newest first, undated last', (group, fields) => {
    const g = medicationGroups([
      req('a', { ...fields, start: at(1) }),
      req('u', { ...fields }),
      req('c', { ...fields, start: at(3) }),
    ]);
    expect(ids(g[group])).toEqual([
      'MedicationRequest/c',
      'MedicationRequest/a',
      'MedicationRequest/u',
    ]);
  });
});

describe('medicationGroups: the past, one line per drug', () => {
  it('courses of one drug (any strength, any case) on one line, newest course first, records counted', () => {
    const g = medicationGroups([
      entry({
        id: 'MedicationRequest/1',
        name: 'Lisinopril 10 MG',
        status: 'stopped',
        start: at(0),
        end: at(100),
      }),
      entry({
        id: 'MedicationRequest/2',
        name: 'lisinopril 20 MG',
        status: 'stopped',
        start: at(300),
        end: at(400),
      }),
      entry({
        id: 'MedicationRequest/3',
        name: 'Lisinopril 20 MG',
        status: 'stopped',
        start: at(401),
        end: at(500),
      }),
    ]);
    expect(g.past).toHaveLength(1);
    const [h] = g.past;
    expect(h?.name).toBe('Lisinopril');
    expect(h?.records).toBe(3);
    expect(h?.courses.map((c) => c.entries.map((e) => e.id))).toEqual([
      ['MedicationRequest/2', 'MedicationRequest/3'],
      ['MedicationRequest/1'],
    ]);
    expect(h).toMatchObject({ last: at(500) });
  });

  it('drugs ordered by their last date, the most recent first; an undated drug last', () => {
    const g = medicationGroups([
      req('old', { status: 'stopped', start: at(0), end: at(10) }),
      req('undated', { status: 'stopped' }),
      req('recent', { status: 'stopped', start: at(5), end: at(90) }),
      req('mid', { status: 'stopped', start: at(30) }),
    ]);
    expect(g.past.map((h) => h.name)).toEqual(['DrugRECENT', 'DrugMID', 'DrugOLD', 'DrugUNDATED']);
  });

  it.each<[string, Partial<MedicationEntry>, object]>([
    [
      'an end date: the end and its precision',
      { start: at(0), startPrecision: 'time', end: at(20), endPrecision: 'day' },
      { last: at(20), lastPrecision: 'day' },
    ],
    [
      'stopped without an end: its start and that precision',
      { start: at(7), startPrecision: 'month' },
      { last: at(7), lastPrecision: 'month' },
    ],
  ])('last: %s', (_case, fields, expected) => {
    const [h] = medicationGroups([req('a', { status: 'stopped', ...fields })]).past;
    expect(h).toMatchObject(expected);
  });

  it('a drug with no date at all has no last date', () => {
    const [h] = medicationGroups([req('a', { status: 'cancelled' })]).past;
    expect(h).not.toHaveProperty('last');
    expect(h).not.toHaveProperty('lastPrecision');
  });

  it('a never-started order beside a stopped course of the same drug joins its line', () => {
    const g = medicationGroups([
      entry({
        id: 'MedicationRequest/s',
        name: 'Amlodipine 5 MG',
        status: 'stopped',
        start: at(0),
        end: at(30),
      }),
      entry({
        id: 'MedicationRequest/c',
        name: 'Amlodipine 10 MG',
        status: 'cancelled',
        start: at(40),
      }),
    ]);
    expect(g.past.map((h) => [h.name, h.records])).toEqual([['Amlodipine', 2]]);
  });
});

describe('medicationGroups: de-duplication and death', () => {
  it('a statement of a prescribed drug is folded into the order, not a second line', () => {
    const rx = { rxnorm: ['314077'] };
    const g = medicationGroups([
      req('a', { ...rx, start: at(0) }),
      entry({
        id: 'MedicationStatement/s',
        source: 'statement',
        status: 'active',
        ...rx,
        start: at(1),
      }),
    ]);
    expect(g.current.map((c) => [c.last.id, c.last.duplicates])).toEqual([
      ['MedicationRequest/a', ['MedicationStatement/s']],
    ]);
  });

  it('death ends a course still active in the record', () => {
    const died = at(100);
    const [c] = medicationGroups([req('a', { start: at(0) })], { deceasedAt: died }).current;
    expect(c).toMatchObject({ to: died, toReason: 'death' });
  });
});
