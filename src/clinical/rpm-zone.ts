/**
 * The time zone a remote-monitoring patient's days are counted in (issue 14). FHIR has no time zone on
 * Patient, but a reading's `effectiveDateTime` carries the offset of the device that took it
 * (`2026-11-30T06:45:00-08:00`): the newest such offset is where the patient is. Counting a Los Angeles
 * patient's days in a New York nurse's zone would put every 22:00 reading on the next day and call it a
 * morning one. The offset becomes a fixed-offset IANA zone (`Etc/GMT+8` is UTC−08:00: POSIX signs are
 * inverted), which is exact for the newest readings and at most an hour off across a DST change —
 * nowhere near a day boundary or noon for readings taken in the morning and evening. A `Z` (UTC) or a
 * missing or non-whole-hour offset says nothing about the patient: the viewer's zone is used.
 */
import type { BpReading } from '../fhir/bp-types';

const OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):(\d{2})$/;

/** `-08:00` → `Etc/GMT+8`; undefined for `Z`, no offset, or an offset that is not whole hours. */
export function zoneOfOffset(timeText: string): string | undefined {
  const m = OFFSET.exec(timeText);
  if (!m) return undefined;
  const [, sign, hh, mm] = m;
  const hours = Number(hh);
  if (mm !== '00' || hours > 14) return undefined;
  if (hours === 0) return 'Etc/GMT';
  return `Etc/GMT${sign === '-' ? '+' : '-'}${hours}`;
}

export interface PatientZone {
  timeZone: string;
  /** True when it came from the readings; false when the viewer's zone stands in. */
  fromReadings: boolean;
}

export function patientZone(readings: readonly BpReading[], viewerZone: string): PatientZone {
  let newest: BpReading | undefined;
  for (const r of readings) {
    if (r.datePrecision !== 'time' || zoneOfOffset(r.timeText) === undefined) continue;
    if (!newest || r.time > newest.time) newest = r;
  }
  const zone = newest ? zoneOfOffset(newest.timeText) : undefined;
  return zone
    ? { timeZone: zone, fromReadings: true }
    : { timeZone: viewerZone, fromReadings: false };
}
