/** readGroup: the shapes a SMART/FHIR Group of patients arrives in (R4 Group.member). */
import { describe, expect, it } from 'vitest';
import { readGroup } from './group';

const NOW = Date.UTC(2026, 11, 1, 15);
const group = (member: unknown, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Group',
  type: 'person',
  actual: true,
  member,
  ...extra,
});
const m = (reference: unknown, extra: Record<string, unknown> = {}) => ({
  entity: { reference },
  ...extra,
});

describe('readGroup: members', () => {
  it.each([
    ['relative reference', m('Patient/p1'), { patientId: 'p1' }],
    ['absolute URL', m('https://ehr.example.org/fhir/R4/Patient/p1'), { patientId: 'p1' }],
    ['http URL', m('http://localhost:4000/fhir/Patient/a.b-9'), { patientId: 'a.b-9' }],
    ['versioned reference', m('Patient/p1/_history/3'), { patientId: 'p1' }],
    ['spaces around the reference', m(' Patient/p1 '), { patientId: 'p1' }],
    [
      'entity.type Patient',
      { entity: { reference: 'Patient/p1', type: 'Patient' } },
      { patientId: 'p1' },
    ],
    ['inactive false', m('Patient/p1', { inactive: false }), { patientId: 'p1' }],
    [
      'period.start is the enrolment (instant)',
      m('Patient/p1', { period: { start: '2026-11-15T09:30:00-05:00' } }),
      { patientId: 'p1', enrolledAt: Date.UTC(2026, 10, 15, 14, 30) },
    ],
    [
      'period.start date-only: noon UTC',
      m('Patient/p1', { period: { start: '2026-11-15' } }),
      { patientId: 'p1', enrolledAt: Date.UTC(2026, 10, 15, 12) },
    ],
    [
      'unreadable period.start: no enrolment date',
      m('Patient/p1', { period: { start: '15/11/2026' } }),
      { patientId: 'p1' },
    ],
    [
      'period.end in the future',
      m('Patient/p1', { period: { end: '2027-01-01' } }),
      { patientId: 'p1' },
    ],
    [
      'period.end exactly now still a member',
      m('Patient/p1', { period: { end: new Date(NOW).toISOString() } }),
      { patientId: 'p1' },
    ],
    ['period not an object is ignored', m('Patient/p1', { period: 'always' }), { patientId: 'p1' }],
  ] as const)('%s', (_name, entry, member) => {
    expect(readGroup(group([entry]), NOW)).toEqual({
      members: [member],
      skipped: [],
      duplicates: 0,
    });
  });
});

describe('readGroup: what it drops, counted', () => {
  it.each([
    ['inactive', m('Patient/p1', { inactive: true }), 'inactive'],
    ['period ended', m('Patient/p1', { period: { end: '2026-11-30' } }), 'ended'],
    [
      'period ended a millisecond ago',
      m('Patient/p1', { period: { end: new Date(NOW - 1).toISOString() } }),
      'ended',
    ],
    ['a Practitioner', m('Practitioner/d1'), 'not-a-patient'],
    ['a nested Group', m('https://ehr.example.org/fhir/Group/g2'), 'not-a-patient'],
    [
      'entity.type says Device',
      { entity: { reference: 'Patient/p1', type: 'Device' } },
      'not-a-patient',
    ],
    ['not-a-patient wins over inactive', m('Device/x', { inactive: true }), 'not-a-patient'],
    ['no entity', { inactive: false }, 'malformed'],
    ['entity not an object', { entity: 'Patient/p1' }, 'malformed'],
    ['entity an array', { entity: [{ reference: 'Patient/p1' }] }, 'malformed'],
    ['identifier only (no reference)', { entity: { identifier: { value: 'MRN1' } } }, 'malformed'],
    ['contained reference', m('#p1'), 'malformed'],
    ['reference a number', m(42), 'malformed'],
    ['reference with no id', m('Patient/'), 'malformed'],
    ['reference with a search', m('Patient?identifier=1'), 'malformed'],
    ['id too long', m(`Patient/${'a'.repeat(65)}`), 'malformed'],
    ['id with a bad character', m('Patient/p_1'), 'malformed'],
    ['member entry null', null, 'malformed'],
    ['member entry a string', 'Patient/p1', 'malformed'],
  ] as const)('%s', (_name, entry, reason) => {
    expect(readGroup(group([entry]), NOW)).toEqual({
      members: [],
      skipped: [{ reason, count: 1 }],
      duplicates: 0,
    });
  });

  it('counts per reason, in a fixed order', () => {
    const r = readGroup(
      group([
        m('Patient/a', { inactive: true }),
        m('Patient/b'),
        m('Device/c'),
        7,
        m('Patient/d', { inactive: true }),
      ]),
      NOW,
    );
    expect(r.members).toEqual([{ patientId: 'b' }]);
    expect(r.skipped).toEqual([
      { reason: 'malformed', count: 1 },
      { reason: 'not-a-patient', count: 1 },
      { reason: 'inactive', count: 2 },
    ]);
  });

  it('a patient listed twice is read once; the latest enrolment wins', () => {
    const r = readGroup(
      group([
        m('Patient/p1', { period: { start: '2026-10-01' } }),
        m('https://ehr.example.org/fhir/Patient/p1', { period: { start: '2026-11-15' } }),
        m('Patient/p1', { period: { start: '2026-09-01' } }),
        m('Patient/p2'),
        m('Patient/p2', { period: { start: '2026-11-02' } }),
      ]),
      NOW,
    );
    expect(r.members).toEqual([
      { patientId: 'p1', enrolledAt: Date.UTC(2026, 10, 15, 12) },
      { patientId: 'p2', enrolledAt: Date.UTC(2026, 10, 2, 12) },
    ]);
    expect(r.duplicates).toBe(3);
  });

  it('an ended enrolment and a current one: the current one, the old one counted as ended', () => {
    const r = readGroup(
      group([
        m('Patient/p1', { period: { start: '2025-01-01', end: '2025-06-01' } }),
        m('Patient/p1', { period: { start: '2026-11-15' } }),
      ]),
      NOW,
    );
    expect(r).toEqual({
      members: [{ patientId: 'p1', enrolledAt: Date.UTC(2026, 10, 15, 12) }],
      skipped: [{ reason: 'ended', count: 1 }],
      duplicates: 0,
    });
  });
});

describe('readGroup: the resource', () => {
  it.each([
    [
      'name',
      group([], { name: ' RPM panel – Dr Lee ' }),
      { name: 'RPM panel – Dr Lee', members: [], skipped: [], duplicates: 0 },
    ],
    ['blank name', group([], { name: '  ' }), { members: [], skipped: [], duplicates: 0 }],
    ['name not a string', group([], { name: 5 }), { members: [], skipped: [], duplicates: 0 }],
    ['no member field', { resourceType: 'Group' }, { members: [], skipped: [], duplicates: 0 }],
    [
      'member sent as one object',
      group(m('Patient/p1')),
      { members: [{ patientId: 'p1' }], skipped: [], duplicates: 0 },
    ],
    [
      'member a string',
      group('Patient/p1'),
      { members: [], skipped: [{ reason: 'malformed', count: 1 }], duplicates: 0 },
    ],
    [
      'a Patient, not a Group',
      { resourceType: 'Patient', id: 'p1' },
      { members: [], skipped: [], duplicates: 0, notAGroup: true },
    ],
    ['null', null, { members: [], skipped: [], duplicates: 0, notAGroup: true }],
    [
      'an array',
      [group([m('Patient/p1')])],
      { members: [], skipped: [], duplicates: 0, notAGroup: true },
    ],
  ] as const)('%s', (_name, raw, expected) => {
    expect(readGroup(raw, NOW)).toEqual(expected);
  });
});
