import { describe, expect, it } from 'vitest';
import {
  parseLocalDateTime,
  toLocalInputValue,
  validateReading,
  type ReadingDraft,
  type ReadingField,
} from './reading-validation';

// Tests run with TZ=America/New_York (vitest.config.ts).
const NOW = new Date('2026-11-22T12:00:00-05:00');
const draft = (over: Partial<ReadingDraft> = {}): ReadingDraft => ({
  systolic: '128',
  diastolic: '82',
  pulse: '',
  time: '2026-11-22T07:30',
  arm: '',
  position: '',
  note: '',
  ...over,
});

describe('validateReading: accepted', () => {
  it.each<[string, Partial<ReadingDraft>]>([
    ['a plain reading', {}],
    ['the lowest plausible values', { systolic: '50', diastolic: '20', pulse: '20' }],
    ['the highest plausible values', { systolic: '300', diastolic: '200', pulse: '250' }],
    ['a severe reading (its guidance needs it accepted)', { systolic: '210', diastolic: '130' }],
    ['surrounding spaces', { systolic: ' 128 ', diastolic: '82 ' }],
    ['a time exactly now', { time: '2026-11-22T12:00' }],
    ['a time under a minute ahead (clock skew)', { time: '2026-11-22T12:01' }],
    ['a time with surrounding spaces', { time: ' 2026-11-22T07:30 ' }],
    ['a note of exactly 500 characters', { note: 'x'.repeat(500) }],
  ])('accepts %s', (_name, over) => {
    expect(validateReading(draft(over), NOW).ok).toBe(true);
  });

  it('returns the typed reading with optional fields only when given', () => {
    const result = validateReading(
      draft({ pulse: '71', arm: 'left', position: 'sitting', note: '  after walk ' }),
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      reading: {
        systolic: 128,
        diastolic: 82,
        pulse: 71,
        takenAt: new Date('2026-11-22T07:30:00-05:00'),
        arm: 'left',
        position: 'sitting',
        note: 'after walk',
      },
    });
    const bare = validateReading(draft(), NOW);
    expect(bare.ok && Object.keys(bare.reading).sort()).toEqual([
      'diastolic',
      'systolic',
      'takenAt',
    ]);
  });
});

describe('validateReading: refused, with the message on the field', () => {
  it.each<[string, Partial<ReadingDraft>, ReadingField, RegExp]>([
    ['missing systolic', { systolic: '' }, 'systolic', /enter the systolic/i],
    ['missing diastolic', { diastolic: ' ' }, 'diastolic', /enter the diastolic/i],
    ['decimal systolic', { systolic: '120.5' }, 'systolic', /whole number/],
    ['negative diastolic', { diastolic: '-80' }, 'diastolic', /whole number/],
    ['letters in pulse', { pulse: 'abc' }, 'pulse', /whole number/],
    [
      'systolic below 50',
      { systolic: '49', diastolic: '30' },
      'systolic',
      /between 50 and 300 mmHg/,
    ],
    ['systolic above 300 (typo 1280)', { systolic: '1280' }, 'systolic', /between 50 and 300/],
    ['diastolic below 20', { diastolic: '19' }, 'diastolic', /between 20 and 200/],
    [
      'diastolic above 200',
      { systolic: '290', diastolic: '201' },
      'diastolic',
      /between 20 and 200/,
    ],
    ['pulse below 20', { pulse: '19' }, 'pulse', /between 20 and 250 beats/],
    ['pulse above 250', { pulse: '251' }, 'pulse', /between 20 and 250/],
    [
      'systolic equal to diastolic',
      { systolic: '90', diastolic: '90' },
      'diastolic',
      /lower than systolic/,
    ],
    ['values swapped', { systolic: '80', diastolic: '120' }, 'diastolic', /swapped/],
    ['missing time', { time: '' }, 'time', /when the reading was taken/],
    ['a time of spaces only', { time: '   ' }, 'time', /when the reading was taken/],
    ['leading junk before the time', { time: 'x2026-11-22T07:30' }, 'time', /valid date/],
    ['trailing junk after the time', { time: '2026-11-22T07:30x' }, 'time', /valid date/],
    // 02:30 does not exist on 8 March 2026 in New York (clocks go 02:00 -> 03:00): only the hour moves.
    ['a time inside the spring-forward gap', { time: '2026-03-08T02:30' }, 'time', /valid date/],
    ['32 December rolls into the next year', { time: '2025-12-32T08:00' }, 'time', /valid date/],
    ['a time that is not a date', { time: 'yesterday' }, 'time', /valid date/],
    ['31 February', { time: '2026-02-31T08:00' }, 'time', /valid date/],
    ['hour 25', { time: '2026-11-21T25:00' }, 'time', /valid date/],
    ['a time two minutes ahead', { time: '2026-11-22T12:02' }, 'time', /future/],
    ['tomorrow', { time: '2026-11-23T07:30' }, 'time', /future/],
    ['a very long note', { note: 'x'.repeat(501) }, 'note', /under 500/],
  ])('refuses %s', (_name, over, field, message) => {
    const result = validateReading(draft(over), NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toMatch(message);
  });

  it('reports every wrong field at once', () => {
    const result = validateReading(draft({ systolic: '', diastolic: 'x', time: '' }), NOW);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'diastolic',
      'systolic',
      'time',
    ]);
  });
});

describe('local date-time helpers', () => {
  it('reads datetime-local values as device-local time, seconds optional', () => {
    expect(parseLocalDateTime('2026-07-01T08:15')?.toISOString()).toBe('2026-07-01T12:15:00.000Z');
    expect(parseLocalDateTime('2026-07-01T08:15:30')?.toISOString()).toBe(
      '2026-07-01T12:15:30.000Z',
    );
    expect(parseLocalDateTime('2026-07-01 08:15')).toBeUndefined();
  });

  it('formats a date for the input and reads it back', () => {
    expect(toLocalInputValue(new Date('2026-11-22T12:34:56-05:00'))).toBe('2026-11-22T12:34');
    expect(parseLocalDateTime(toLocalInputValue(NOW))?.getTime()).toBe(NOW.getTime());
  });
});
