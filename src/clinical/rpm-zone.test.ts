import { describe, expect, it } from 'vitest';
import { reading } from '../../mocks/test-data/bp-readings';
import { patientZone, zoneOfOffset } from './rpm-zone';

describe('zoneOfOffset', () => {
  it.each([
    ['Los Angeles in November', '2026-11-30T22:10:00-08:00', 'Etc/GMT+8'],
    ['New York in July', '2026-07-01T06:45:00-04:00', 'Etc/GMT+4'],
    ['with seconds and a fraction', '2026-07-01T06:45:12.250+05:00', 'Etc/GMT-5'],
    ['UTC written as +00:00', '2026-07-01T06:45:00+00:00', 'Etc/GMT'],
    ['Z says nothing about the patient', '2026-07-01T06:45:00Z', undefined],
    ['a date only', '2026-07-01', undefined],
    ['India (+05:30) has no whole-hour Etc zone', '2026-07-01T06:45:00+05:30', undefined],
    ['an impossible offset', '2026-07-01T06:45:00-15:00', undefined],
  ])('%s: %s → %s', (_name, text, zone) => {
    expect(zoneOfOffset(text)).toBe(zone);
  });

  it('gives zones Intl accepts, whose hour matches the written one', () => {
    const zone = zoneOfOffset('2026-11-30T22:10:00-08:00') ?? '';
    const hour = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hour: '2-digit',
      hourCycle: 'h23',
    });
    expect(hour.format(Date.parse('2026-11-30T22:10:00-08:00'))).toBe('22');
  });
});

describe('patientZone', () => {
  const at = (timeText: string) => reading(Date.parse(timeText), 120, 80, { timeText });
  it.each([
    [
      'the newest reading with an offset wins',
      [at('2026-11-01T07:00:00-07:00'), at('2026-11-20T07:00:00-08:00')],
      'Etc/GMT+8',
      true,
    ],
    [
      'UTC-only readings leave the viewer zone',
      [at('2026-11-20T07:00:00Z')],
      'America/New_York',
      false,
    ],
    ['no readings leave the viewer zone', [], 'America/New_York', false],
    [
      'a newer UTC reading does not hide an older offset',
      [at('2026-11-01T07:00:00-06:00'), at('2026-11-20T07:00:00Z')],
      'Etc/GMT+6',
      true,
    ],
  ])('%s', (_name, readings, zone, fromReadings) => {
    expect(patientZone(readings, 'America/New_York')).toEqual({ timeZone: zone, fromReadings });
  });
});
