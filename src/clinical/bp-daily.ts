/**
 * Readings -> per-day means, or morning and evening means per day, for the chart and table when the
 * user asks to see averages rather than every reading. Days and sessions are the patient's local ones;
 * the morning/evening cut is local noon, as in the AHA/AMA home-monitoring protocol's two daily
 * sessions (Muntner et al., Hypertension 2019, "Measurement of Blood Pressure in Humans"; the same cut
 * as bp-average.ts). Each setting (home, office, unknown) is averaged on its own: an office reading is
 * never folded into a home mean. Date-only readings belong to their calendar day and to no session;
 * month- or year-precise ones to no day. Pure.
 */
import type { BpReading } from '../fhir/bp-types';
import { calendarNoon } from '../fhir/fhir-date';
import { HOUR, localDayKey, localHour } from './time';

export type BpAveraging = 'each' | 'day' | 'morning-evening';
export type BpSession = 'morning' | 'evening';

/** A mean shaped as a reading (kind 'average', a day's date) so the chart and table take it as is. */
export interface BpMean extends BpReading {
  kind: 'average';
  datePrecision: 'day';
  /** Readings averaged. */
  count: number;
  session?: BpSession;
}

/** The local calendar day of a reading; date-only readings keep their calendar day (noon UTC). */
function dayOf(r: BpReading, timeZone: string): string | undefined {
  if (r.datePrecision === 'time') return localDayKey(r.time, timeZone);
  return r.datePrecision === 'day' ? localDayKey(r.time, 'UTC') : undefined;
}

function sessionOf(r: BpReading, timeZone: string): BpSession | undefined {
  if (r.datePrecision !== 'time') return undefined;
  return localHour(r.time, timeZone) < 12 ? 'morning' : 'evening';
}

/**
 * Where a mean sits on the axis: its day's calendar noon (UTC, how date-only values are kept, so the
 * date printed is its local day); a morning three hours before, an evening six hours after.
 */
function meanTime(day: string, session: BpSession | undefined): number {
  const [y, m, d] = day.split('-').map(Number);
  const noon = calendarNoon(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return session === 'morning' ? noon - 3 * HOUR : session === 'evening' ? noon + 6 * HOUR : noon;
}

/** Means of `sorted` (oldest first) per local day, or per day and session; oldest first. */
export function bpMeans(
  sorted: readonly BpReading[],
  averaging: Exclude<BpAveraging, 'each'>,
  timeZone: string,
): BpMean[] {
  const groups = new Map<string, BpReading[]>();
  for (const r of sorted) {
    const day = dayOf(r, timeZone);
    if (day === undefined) continue;
    const session = averaging === 'morning-evening' ? sessionOf(r, timeZone) : undefined;
    if (averaging === 'morning-evening' && session === undefined) continue;
    const key = `${r.setting}|${day}|${session ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out: BpMean[] = [];
  for (const [key, rs] of groups) {
    const [, day = '', s = ''] = key.split('|');
    const first = rs[0];
    if (!first) continue;
    const session = s === 'morning' || s === 'evening' ? s : undefined;
    const mean = (f: (r: BpReading) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
    out.push({
      id: `mean:${key}`,
      time: meanTime(day, session),
      timeText: day,
      datePrecision: 'day',
      systolic: mean((r) => r.systolic),
      diastolic: mean((r) => r.diastolic),
      setting: first.setting,
      settingEvidence: first.settingEvidence,
      source: first.source,
      status: first.status,
      kind: 'average',
      count: rs.length,
      ...(session ? { session } : {}),
    });
  }
  return out.sort((a, b) => a.time - b.time);
}
