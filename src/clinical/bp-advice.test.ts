import { resolveGoal } from './bp-goal';
import { describe, expect, it } from 'vitest';
import { adviceFor, RECENT_SEVERE_MS } from './bp-advice';
import { summarize } from './bp-summary';
import { local, reading, TZ } from '../../mocks/test-data/bp-readings';
import { HOUR } from './time';

const NOW = local(2026, 3, 20, 22, 0);

describe('adviceFor: emergency wording only for a recent severe reading, in the audience’s words', () => {
  it.each([
    ['patient, severe 1 hour ago', 'patient', 1 * HOUR, /call emergency services now/],
    ['clinician, severe 1 hour ago', 'clinician', 1 * HOUR, /hypertensive emergency/],
    [
      'patient, severe exactly 24 hours ago: still recent',
      'patient',
      RECENT_SEVERE_MS,
      /call emergency services now/,
    ],
    [
      'patient, severe 24 h + 1 s ago: past',
      'patient',
      RECENT_SEVERE_MS + 1000,
      /more than a day old/,
    ],
    ['clinician, severe 3 years ago', 'clinician', 3 * 365 * 24 * HOUR, /not a current emergency/],
  ] as const)('%s', (_name, audience, ago, expected) => {
    const advice = adviceFor('severe', NOW - ago, { now: NOW, audience, deceased: false });
    expect(advice).toMatch(expected);
    if (!/emergency services/.test(expected.source)) expect(advice).not.toMatch(/call emergency/);
  });

  it.each([
    ['low', 'patient', /sit or lie down/],
    ['low', 'clinician', /treatment is too strong/],
    ['sustained-high', 'patient', /talk with your care team/],
    ['pattern', 'clinician', /ambulatory/],
  ] as const)('%s for the %s', (kind, audience, expected) => {
    expect(adviceFor(kind, NOW, { now: NOW, audience, deceased: false })).toMatch(expected);
  });

  it.each(['severe', 'low', 'sustained-high', 'pattern'] as const)(
    'nothing is advised about a deceased patient (%s)',
    (kind) => {
      expect(
        adviceFor(kind, NOW, { now: NOW, audience: 'patient', deceased: true }),
      ).toBeUndefined();
    },
  );

  it('the summary passes the audience and death through to the readings that matter', () => {
    const readings = [reading(NOW - HOUR, 190, 100, { setting: 'office' })];
    const base = { now: NOW, timeZone: TZ, goal: resolveGoal({}), from: 0 } as const;
    const severe = (o: { audience: 'patient' | 'clinician'; deceased: boolean }) =>
      summarize(readings, { ...base, ...o }).matters.find((m) => m.kind === 'severe');
    expect(severe({ audience: 'patient', deceased: false })?.advice).toMatch(/call emergency/);
    expect(severe({ audience: 'clinician', deceased: false })?.advice).toMatch(/target-organ/);
    expect(severe({ audience: 'patient', deceased: true })).not.toHaveProperty('advice');
  });
});
