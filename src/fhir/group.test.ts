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
    [
      'period.end date-only today: a member all day',
      m('Patient/p1', { period: { end: '2026-12-01' } }),
      { patientId: 'p1' },
    ],
    ['period.end this month', m('Patient/p1', { period: { end: '2026-12' } }), { patientId: 'p1' }],
    ['period.end this year', m('Patient/p1', { period: { end: '2026' } }), { patientId: 'p1' }],
    [
      'unreadable period.end is no end',
      m('Patient/p1', { period: { end: 'soon' } }),
      { patientId: 'p1' },
    ],
    ['period not an object is ignored', m('Patient/p1', { period: 'always' }), { patientId: 'p1' }],
  ] as const)('%s', (_name, entry, member) => {
    expect(readGroup(group([entry]), NOW)).toStrictEqual({
      members: [member],
      skipped: [],
      duplicates: 0,
    });
  });
});

it.each([
  ['11:59 UTC the next day: still 30 Nov somewhere (UTC-12)', Date.UTC(2026, 11, 1, 11, 59), 1],
  ['12:00 UTC the next day: 30 Nov is over everywhere', Date.UTC(2026, 11, 1, 12), 1],
  ['12:01 UTC the next day: ended', Date.UTC(2026, 11, 1, 12, 1), 0],
] as const)('a date-only end of 30 Nov at %s', (_name, now, members) => {
  const r = readGroup(group([m('Patient/p1', { period: { end: '2026-11-30' } })]), now);
  expect(r.members).toHaveLength(members);
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
    expect(readGroup(raw, NOW)).toStrictEqual(expected);
  });
});
