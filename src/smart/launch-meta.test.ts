import { describe, expect, it } from 'vitest';
import { loadLaunchMeta, saveLaunchMeta } from './launch-meta';

const meta = { kind: 'standalone' as const, iss: 'https://a.test/fhir', serverId: 'a' };

describe('launch meta: request deadlines from config.json', () => {
  it.each([
    ['both kept', { readMs: 30_000, writeMs: 3_000 }, { readMs: 30_000, writeMs: 3_000 }],
    ['one kept', { writeMs: 8_000 }, { writeMs: 8_000 }],
    ['below 1 s dropped', { readMs: 10, writeMs: 5_000 }, { writeMs: 5_000 }],
    ['above 10 min dropped', { readMs: 3_600_000 }, undefined],
    ['not numbers dropped', { readMs: '30000' }, undefined],
    ['not an object dropped', 'fast', undefined],
  ])('%s', (_name, timeouts, expected) => {
    sessionStorage.setItem('tensio:launch', JSON.stringify({ ...meta, timeouts }));
    expect(loadLaunchMeta()?.timeouts).toEqual(expected);
    expect(loadLaunchMeta()).toMatchObject(meta);
  });

  it('round-trips what the launch page saves', () => {
    saveLaunchMeta({ ...meta, timeouts: { readMs: 30_000, writeMs: 20_000 } });
    expect(loadLaunchMeta()).toEqual({ ...meta, timeouts: { readMs: 30_000, writeMs: 20_000 } });
  });

  it.each([
    ['a whole number 1–8 kept', 2, 2],
    ['zero dropped', 0, undefined],
    ['above 8 dropped', 50, undefined],
    ['a fraction dropped', 2.5, undefined],
    ['a string dropped', '4', undefined],
  ])('search concurrency: %s', (_name, searchConcurrency, expected) => {
    sessionStorage.setItem('tensio:launch', JSON.stringify({ ...meta, searchConcurrency }));
    expect(loadLaunchMeta()?.searchConcurrency).toBe(expected);
  });
});
