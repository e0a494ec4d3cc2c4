/** The timeline from real-shaped charts: renewal chains, form switches, combinations, death, pauses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { medicationGroups } from './medications-groups';
import { medicationTimeline } from './medications-timeline';
import { DAY } from './time';

const T0 = Date.UTC(2015, 2, 10, 12);
const at = (days: number) => T0 + days * DAY;
let n = 0;
const e = (
  name: string,
  start: number,
  fields: Partial<MedicationEntry> = {},
): MedicationEntry => ({
  id: `MedicationRequest/${++n}`,
  source: 'request',
  form: 'codeable-concept',
  name,
  concepts: [],
  rxnorm: [],
  identifiers: [],
  strengths: [],
  status: 'stopped',
  intent: 'order',
  doseAmount: { value: 1 },
  start,
  ...fields,
});
const yearly = (name: string, years: number, fields: Partial<MedicationEntry> = {}) =>
  Array.from({ length: years }, (_, i) =>
    e(name, at(i * 365), { ...(i === years - 1 ? { status: 'active' } : {}), ...fields }),
  );
const kinds = (t: ReturnType<typeof medicationTimeline>) =>
  t.events.map((x) => [x.kind, x.summary]);

describe('medicationTimeline', () => {
  it('a renewal chain of 12 yearly orders is one course: one "Started", one bar', () => {
    const t = medicationTimeline(yearly('Hydrochlorothiazide 25 MG Oral Tablet', 12));
    expect(kinds(t)).toEqual([['start', 'Started Hydrochlorothiazide 25 mg']]);
    expect(t.lanes[0]?.segments).toHaveLength(1);
    expect(t.lanes[0]?.segments[0]?.to).toBeUndefined();
  });

  it('a tablet -> injection change is a switch, not a dose change "1 → 10 mg"', () => {
    const t = medicationTimeline([
      e('Furosemide 40 MG Oral Tablet', at(0), { end: at(100) }),
      e('Furosemide 10 MG/ML Injectable Solution', at(100), { status: 'active' }),
    ]);
    expect(kinds(t)).toEqual([
      ['start', 'Started Furosemide 40 mg'],
      ['switch', 'Switched from Furosemide 40 mg tablet to 10 mg/mL injection'],
    ]);
  });

  it('a combination draws each ingredient with its own strength', () => {
    const t = medicationTimeline(
      yearly('Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet', 3),
    );
    expect(t.lanes.map((l) => [l.key, l.segments[0]?.dose])).toEqual([
      ['lisinopril', '10 mg'],
      ['hydrochlorothiazide', '12.5 mg'],
    ]);
  });

  it('two products of one ingredient taken at once: one bar with both doses, an addition', () => {
    const t = medicationTimeline([
      ...yearly('Hydrochlorothiazide 25 MG Oral Tablet', 12),
      ...yearly('Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet', 4).map((x) => ({
        ...x,
        start: (x.start ?? 0) + 8 * 365 * DAY,
      })),
    ]);
    const hctz = t.lanes.find((l) => l.key === 'hydrochlorothiazide');
    expect(hctz?.segments.map((s) => [s.from, s.to, s.dose])).toEqual([
      [at(0), at(8 * 365), '25 mg'],
      [at(8 * 365), undefined, '25 mg + 12.5 mg'],
    ]);
    expect(hctz?.events.map((x) => x.summary)).toEqual([
      'Started Hydrochlorothiazide 25 mg',
      'Hydrochlorothiazide 25 mg → 25 mg + 12.5 mg',
    ]);
  });

  it('a patient statement of a prescribed drug is not a second product', () => {
    const rx = [
      { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '197361' }] },
    ];
    const t = medicationTimeline([
      e('Amlodipine 5 MG Oral Tablet', at(0), {
        status: 'active',
        rxnorm: ['197361'],
        concepts: rx,
      }),
      e('Amlodipine 5 MG Oral Tablet', at(30), {
        id: 'MedicationStatement/s',
        source: 'statement',
        status: 'active',
        rxnorm: ['197361'],
        concepts: rx,
        doseAmount: { value: 10, unit: 'mg' },
      }),
    ]);
    expect(t.lanes[0]?.segments.map((s) => s.dose)).toEqual(['5 mg']);
  });

  it('a switch to a combination is listed once', () => {
    const t = medicationTimeline([
      e('Amlodipine 5 MG Oral Tablet', at(0), { end: at(200) }),
      e('Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet', at(201), {
        status: 'active',
      }),
    ]);
    expect(t.events.filter((x) => x.kind === 'switch')).toHaveLength(1);
    expect(t.events.filter((x) => x.kind === 'stop')).toHaveLength(0);
  });

  it.each([
    ['do-not-give', { status: 'active', doNotPerform: true }],
    ['cancelled', { status: 'cancelled' }],
    ['draft', { status: 'draft' }],
    ['a plan', { status: 'active', intent: 'plan' }],
    ['a statement not taken', { source: 'statement', status: 'not-taken' }],
  ] as const)('%s is never drawn', (_case, fields) => {
    expect(medicationTimeline([e('Lisinopril 10 MG Oral Tablet', at(0), fields)]).lanes).toEqual(
      [],
    );
  });

  it('on hold: drawn paused, no change event for the pause', () => {
    const t = medicationTimeline(
      yearly('Amlodipine 5 MG Oral Tablet', 3, {}).map((x, i) =>
        i === 2 ? { ...x, status: 'on-hold' } : x,
      ),
    );
    expect(t.lanes[0]?.segments.map((s) => [s.from, s.to, s.paused])).toEqual([
      [at(0), at(730), undefined],
      [at(730), undefined, true],
    ]);
    expect(t.events.map((x) => x.kind)).toEqual(['start']);
  });

  it('deceased: an active course ends at death, with no stop event', () => {
    const died = at(1000);
    const t = medicationTimeline(yearly('Amlodipine 5 MG Oral Tablet', 5), { deceasedAt: died });
    expect(t.lanes[0]?.segments.at(-1)?.to).toBe(died);
    expect(t.events.map((x) => x.kind)).toEqual(['start']);
  });
});

describe('timeline and groups on random entries', () => {
  const statuses = [
    'active',
    'on-hold',
    'cancelled',
    'completed',
    'stopped',
    'draft',
    'unknown',
    'x',
  ];
  const names = [
    'Amlodipine 5 MG Oral Tablet',
    'Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet',
    'Furosemide 10 MG/ML Injectable Solution',
    'Acetaminophen 325 MG Oral Tablet',
  ];
  const arb = fc.record({
    name: fc.constantFrom(...names),
    start: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: undefined }),
    len: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    status: fc.constantFrom(...statuses),
    doNotPerform: fc.boolean(),
    value: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  });
  it('never throw; nothing runs past death; each course is listed once', () => {
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), fc.integer({ min: 0, max: 9000 }), (xs, d) => {
        const entries = xs.map((x) =>
          e(x.name, x.start === undefined ? Number.NaN : at(x.start), {
            status: x.status,
            ...(x.start === undefined ? { start: undefined } : {}),
            ...(x.start !== undefined && x.len !== undefined ? { end: at(x.start + x.len) } : {}),
            ...(x.doNotPerform ? { doNotPerform: true } : {}),
            ...(x.value !== undefined ? { doseAmount: { value: x.value } } : {}),
          }),
        );
        const died = at(d);
        const t = medicationTimeline(entries, { deceasedAt: died });
        for (const s of t.lanes.flatMap((l) => l.segments)) expect(s.to).toBeLessThanOrEqual(died);
        const g = medicationGroups(entries, { deceasedAt: died });
        const listed = [
          ...g.current,
          ...g.planned,
          ...g.notGiven,
          ...g.past.flatMap((h) => h.courses),
        ];
        expect(listed.reduce((sum, c) => sum + c.entries.length, 0)).toBe(entries.length);
        expect(g.current.some((c) => c.to === undefined)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
