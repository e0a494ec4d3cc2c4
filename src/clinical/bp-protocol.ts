/**
 * When a 7-day protocol average is not yet possible: how many more readings it needs, and the first
 * day it can be had if the patient measures in every session from now on (one morning and one
 * evening reading a day, AHA/AMA 2020 self-measured BP protocol; see bp-average.ts). Pure.
 */
import type { BpReading } from '../fhir/bp-types';
import {
  MIN_HOME_READINGS,
  PROTOCOL_DAYS,
  homeAverage,
  isHomeSingle,
  sliceByTime,
} from './bp-average';
import { HOUR, addLocalDays, localHour, startOfLocalDay } from './time';

export interface ProtocolShortfall {
  /** Readings still missing from the current period (at least 1). */
  more: number;
  /** The period has no morning (or no evening) reading yet. */
  needsMorning: boolean;
  needsEvening: boolean;
  /** Local midnight of the first day a full protocol average is possible, measuring every session. */
  readyDay: number;
}

const SESSION_HOURS = { morning: 7, evening: 19 } as const;

/** Sessions not yet measured from now on: today's remaining ones, then two a day. */
function futureSessions(
  readings: readonly BpReading[],
  now: number,
  timeZone: string,
  days: number,
): number[] {
  const today = startOfLocalDay(now, timeZone);
  const taken = sliceByTime(readings, today, now).filter(isHomeSingle);
  const hour = localHour(now, timeZone);
  const out: number[] = [];
  const tookMorning = taken.some((r) => localHour(r.time, timeZone) < 12);
  const tookEvening = taken.some((r) => localHour(r.time, timeZone) >= 12);
  if (hour < 12 && !tookMorning) out.push(Math.max(now, today + SESSION_HOURS.morning * HOUR));
  if (!tookEvening) out.push(Math.max(now, today + SESSION_HOURS.evening * HOUR));
  for (let i = 1; i <= days; i++) {
    const day = addLocalDays(today, i, timeZone);
    out.push(day + SESSION_HOURS.morning * HOUR, day + SESSION_HOURS.evening * HOUR);
  }
  return out;
}

/** Undefined when the current 7-day period already has a protocol average. */
export function protocolShortfall(
  readings: readonly BpReading[],
  now: number,
  timeZone: string,
): ProtocolShortfall | undefined {
  const current = homeAverage(readings, PROTOCOL_DAYS, now, timeZone);
  if (current.sufficient) return undefined;
  const more = Math.max(
    1,
    MIN_HOME_READINGS - current.count,
    (current.morning === 0 ? 1 : 0) + (current.evening === 0 ? 1 : 0),
  );
  // Measuring every session, a full period is certain within PROTOCOL_DAYS + 1 days.
  const planned = futureSessions(readings, now, timeZone, PROTOCOL_DAYS + 1);
  const today = startOfLocalDay(now, timeZone);
  let readyDay = addLocalDays(today, PROTOCOL_DAYS + 1, timeZone);
  for (let i = 0; i <= PROTOCOL_DAYS + 1; i++) {
    const day = addLocalDays(today, i, timeZone);
    const dayEnd = addLocalDays(today, i + 1, timeZone) - 1;
    const simulated = planned
      .filter((t) => t <= dayEnd)
      .map((t, k): BpReading => ({ ...PLANNED, id: `planned-${k}`, time: t }));
    const all = [...readings, ...simulated].sort((a, b) => a.time - b.time);
    if (homeAverage(all, PROTOCOL_DAYS, dayEnd, timeZone).sufficient) {
      readyDay = day;
      break;
    }
  }
  return {
    more,
    needsMorning: current.morning === 0,
    needsEvening: current.evening === 0,
    readyDay,
  };
}

/** A placeholder reading for the simulation only (never shown; values do not matter). */
const PLANNED: BpReading = {
  id: 'planned',
  time: 0,
  timeText: '',
  datePrecision: 'time',
  systolic: 0,
  diastolic: 0,
  setting: 'home',
  settingEvidence: 'measurement-setting',
  source: 'device',
  status: 'final',
  kind: 'single',
};
