import { describe, expect, it } from 'vitest';
import { isSevereReading } from './severe-reading';

describe('isSevereReading (ACC/AHA 2017: >180 and/or >120)', () => {
  it.each<[string, { systolic?: number; diastolic?: number }, boolean]>([
    ['180/120 exactly is not severe', { systolic: 180, diastolic: 120 }, false],
    ['181 systolic alone', { systolic: 181, diastolic: 90 }, true],
    ['121 diastolic alone', { systolic: 150, diastolic: 121 }, true],
    ['both above', { systolic: 200, diastolic: 130 }, true],
    ['stage 2 but not severe', { systolic: 170, diastolic: 110 }, false],
    ['only systolic typed so far, above', { systolic: 185 }, true],
    ['only diastolic typed so far, above', { diastolic: 125 }, true],
    ['nothing typed', {}, false],
  ])('%s', (_name, values, expected) => {
    expect(isSevereReading(values)).toBe(expected);
  });
});
