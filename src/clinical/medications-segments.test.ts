import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { type Drawn, type Segment, partition, piecesOf } from './medications-segments';

// One timeline lane: a course split where its last order went on hold (FHIR R4 MedicationRequest
// status on-hold, drawn hatched), then pieces of one ingredient partitioned so two products taken at
// once show both doses and never hide each other.
const last = { id: 'MedicationRequest/last' } as MedicationEntry;
const course = (from: number, to?: number, pausedFrom?: number): Drawn => ({
  key: 'k',
  entries: [last],
  last,
  rule: { meaning: 'taking', label: 'Active', drawn: 'bar' },
  from,
  ...(to !== undefined ? { to } : {}),
  ...(pausedFrom !== undefined ? { pausedFrom } : {}),
});
const id = 'MedicationRequest/last';

describe('piecesOf', () => {
  it.each<[string, Drawn, string | undefined, Segment[]]>([
    ['an ongoing course', course(10), '5 mg', [{ from: 10, dose: '5 mg', entryId: id }]],
    [
      'an ended course without a dose',
      course(10, 20),
      undefined,
      [{ from: 10, to: 20, entryId: id }],
    ],
    [
      'on hold from day 15 of an ongoing course',
      course(10, undefined, 15),
      '5 mg',
      [
        { from: 10, to: 15, dose: '5 mg', entryId: id },
        { from: 15, dose: '5 mg', paused: true, entryId: id },
      ],
    ],
    [
      'on hold from day 15 of a course ended on day 20',
      course(10, 20, 15),
      undefined,
      [
        { from: 10, to: 15, entryId: id },
        { from: 15, to: 20, paused: true, entryId: id },
      ],
    ],
    [
      'on hold from its first day: paused throughout',
      course(10, 20, 10),
      undefined,
      [{ from: 10, to: 20, paused: true, entryId: id }],
    ],
    [
      'on hold from its end: nothing paused',
      course(10, 20, 20),
      undefined,
      [{ from: 10, to: 20, entryId: id }],
    ],
    [
      'on hold after its end: nothing paused',
      course(10, 20, 25),
      undefined,
      [{ from: 10, to: 20, entryId: id }],
    ],
  ])('%s', (_name, c, dose, expected) => {
    expect(piecesOf(c, dose)).toEqual(expected);
  });
});

const seg = (
  from: number,
  to: number | undefined,
  dose: string | undefined,
  entryId: string,
  paused = false,
): Segment => ({
  from,
  ...(to !== undefined ? { to } : {}),
  ...(dose ? { dose } : {}),
  ...(paused ? { paused: true } : {}),
  entryId,
});

describe('partition', () => {
  it.each<[string, Segment[], Segment[]]>([
    ['one piece stays as it is', [seg(0, 10, '5 mg', 'a')], [seg(0, 10, '5 mg', 'a')]],
    [
      'an ongoing piece stays open',
      [seg(0, undefined, '5 mg', 'a')],
      [seg(0, undefined, '5 mg', 'a')],
    ],
    [
      'two products at once: both doses, the later entry named',
      [seg(0, 10, '25 mg', 'a'), seg(5, 15, '12.5 mg', 'b')],
      [seg(0, 5, '25 mg', 'a'), seg(5, 10, '25 mg + 12.5 mg', 'b'), seg(10, 15, '12.5 mg', 'b')],
    ],
    [
      'a gap between two pieces stays a gap',
      [seg(0, 5, '5 mg', 'a'), seg(8, 10, '5 mg', 'b')],
      [seg(0, 5, '5 mg', 'a'), seg(8, 10, '5 mg', 'b')],
    ],
    [
      'touching pieces of the same dose merge (the first entry kept)',
      [seg(0, 5, '5 mg', 'a'), seg(5, 10, '5 mg', 'b')],
      [seg(0, 10, '5 mg', 'a')],
    ],
    [
      'touching pieces of the same dose merge into an open end',
      [seg(0, 5, '5 mg', 'a'), seg(5, undefined, '5 mg', 'b')],
      [seg(0, undefined, '5 mg', 'a')],
    ],
    [
      'touching pieces of different doses stay apart',
      [seg(0, 5, '5 mg', 'a'), seg(5, 10, '10 mg', 'b')],
      [seg(0, 5, '5 mg', 'a'), seg(5, 10, '10 mg', 'b')],
    ],
    [
      'a paused piece does not merge with a taken one',
      [seg(0, 5, '5 mg', 'a'), seg(5, 10, '5 mg', 'a', true)],
      [seg(0, 5, '5 mg', 'a'), seg(5, 10, '5 mg', 'a', true)],
    ],
    [
      'paused only where every piece is paused',
      [seg(0, 10, '5 mg', 'a', true), seg(5, 10, '10 mg', 'b')],
      [seg(0, 5, '5 mg', 'a', true), seg(5, 10, '5 mg + 10 mg', 'b')],
    ],
    [
      'a piece without a dose shows "?" beside a known one',
      [seg(0, 10, undefined, 'a'), seg(0, 10, '5 mg', 'b')],
      [seg(0, 10, '? + 5 mg', 'b')],
    ],
    [
      'a course that ended where it started is still a mark',
      [seg(3, 3, '5 mg', 'a')],
      [seg(3, 3, '5 mg', 'a')],
    ],
    [
      'a mark inside a bar is not drawn twice',
      [seg(0, 10, '5 mg', 'a'), seg(3, 3, '5 mg', 'b')],
      [seg(0, 10, '5 mg', 'a')],
    ],
    [
      'a mark before a bar comes first',
      [seg(10, 20, '5 mg', 'a'), seg(3, 3, '5 mg', 'b')],
      [seg(3, 3, '5 mg', 'b'), seg(10, 20, '5 mg', 'a')],
    ],
  ])('%s', (_name, pieces, expected) => {
    expect(partition(pieces)).toEqual(expected);
  });
});
