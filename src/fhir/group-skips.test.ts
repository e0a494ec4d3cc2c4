/** readGroup: what it drops from a FHIR Group (R4 Group.member), each counted with its reason. */
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

describe('readGroup: what it drops, counted', () => {
  it.each([
    ['inactive', m('Patient/p1', { inactive: true }), 'inactive'],
    ['period ended', m('Patient/p1', { period: { end: '2026-11-30' } }), 'ended'],
    ['period ended last month', m('Patient/p1', { period: { end: '2026-11' } }), 'ended'],
    ['period ended last year', m('Patient/p1', { period: { end: '2025' } }), 'ended'],
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
    expect(readGroup(group([entry]), NOW)).toStrictEqual({
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
    expect(r.members).toStrictEqual([{ patientId: 'b' }]);
    expect(r.skipped).toStrictEqual([
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
    expect(r.members).toStrictEqual([
      { patientId: 'p1', enrolledAt: Date.UTC(2026, 10, 15, 12) },
      { patientId: 'p2', enrolledAt: Date.UTC(2026, 10, 2, 12) },
    ]);
    expect(r.duplicates).toBe(3);
  });

  it('a patient listed twice, neither with a start: no enrolment date', () => {
    expect(readGroup(group([m('Patient/p1'), m('Patient/p1')]), NOW).members).toStrictEqual([
      { patientId: 'p1' },
    ]);
  });

  it('an ended enrolment and a current one: the current one, the old one counted as ended', () => {
    const r = readGroup(
      group([
        m('Patient/p1', { period: { start: '2025-01-01', end: '2025-06-01' } }),
        m('Patient/p1', { period: { start: '2026-11-15' } }),
      ]),
      NOW,
    );
    expect(r).toStrictEqual({
      members: [{ patientId: 'p1', enrolledAt: Date.UTC(2026, 10, 15, 12) }],
      skipped: [{ reason: 'ended', count: 1 }],
      duplicates: 0,
    });
  });
});
