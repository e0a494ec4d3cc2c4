/**
 * The cuff readings of one program member: BP panels (85354-9) at local morning and evening in the
 * member's time zone, from enrolment to the member's last reading day, never today (so the counts in
 * RPM_EXPECTED do not depend on the hour). A cellular cuff's reading names the Device; a typed-in one
 * names the patient as performer and no device, as src/fhir/bp-evidence.ts `sourceOf` reads them.
 */
import type { Observation } from 'fhir/r4';
import { pad, panel, whole } from './bp-build';
import { isoLocal, localTime } from './bp-time';
import type { Rng } from './random';
import { CUFF_DISPLAY, cuffId } from './rpm-people';
import { MID_PERIOD_SKIPPED_DAYS_AGO, type RpmMember } from './rpm-plan';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Whether the member takes a reading on the local day `daysAgo` (1 = yesterday). */
export function readsOn(m: RpmMember, daysAgo: number): boolean {
  if (m.lastDaysAgo === undefined || daysAgo < m.lastDaysAgo || daysAgo > m.enrolledDaysAgo)
    return false;
  if (m.adherence === 'every-other-day') return daysAgo % 2 === 1;
  if (m.adherence === 'mid-period') return daysAgo !== MID_PERIOD_SKIPPED_DAYS_AGO;
  return true;
}

/** Planted severe values: systolic >= 180 for some, diastolic >= 120 for others. */
const SEVERE_VALUES = [
  [184, 108],
  [168, 122],
  [192, 118],
] as const;

export function rpmReadings(m: RpmMember, now: Date, rng: Rng): Observation[] {
  const above = m.control === 'above-goal';
  // A member's own level: controlled ~120/74, above goal ~150/95 (clear of both 130/80 and 140/90).
  const sysMean = above ? rng.int(145, 154) : rng.int(115, 124);
  const diaMean = above ? rng.int(93, 98) : rng.int(70, 77);
  const patient = `Patient/${m.id}`;
  const out: Observation[] = [];
  for (let daysAgo = m.enrolledDaysAgo; daysAgo >= 1; daysAgo--) {
    if (!readsOn(m, daysAgo)) continue;
    // Daily readers follow the home protocol (morning and evening, often two readings a minute
    // apart), so their 7-day average can be judged; the others read once or twice a day.
    const protocol = m.adherence === 'daily' || m.adherence === 'mid-period';
    const sessions: [number, number][] = [[6, rng.int(30, 150)]];
    if (protocol || rng.next() < 0.6) sessions.push([20, rng.int(0, 120)]);
    const times: [number, number, boolean][] = [];
    for (const [i, [hour, minutes]] of sessions.entries()) {
      times.push([hour, minutes, i === 1]);
      if (protocol && rng.next() < 0.5) times.push([hour, minutes + 1, i === 1]);
    }
    for (const [i, [hour, minutes, evening]] of times.entries()) {
      const t = localTime(now, daysAgo, hour, minutes, m.timeZone);
      const severe = daysAgo === m.severeDaysAgo && i === 0;
      const planted = SEVERE_VALUES[m.n % SEVERE_VALUES.length] ?? SEVERE_VALUES[0];
      // Noise kept below 172/112 so that only the planted reading is severe.
      const systolic = severe
        ? planted[0]
        : clamp(whole(rng.normal(sysMean - (evening ? 3 : 0), 7)), 98, 172);
      const diastolic = severe
        ? planted[1]
        : clamp(whole(rng.normal(diaMean - (evening ? 2 : 0), 5)), 58, 112);
      const k = out.length + 1;
      const typed = m.source === 'patient-only' || (m.source === 'mostly-patient' && k % 7 !== 3);
      out.push(
        panel({
          id: `${m.id}-bp-${pad(k)}`,
          patient: m.id,
          time: isoLocal(t, m.timeZone),
          systolic,
          diastolic,
          pulse: whole(rng.normal(70, 7)),
          home: true,
          ...(typed
            ? { performer: [{ reference: patient }] }
            : { device: { reference: `Device/${cuffId(m)}`, display: CUFF_DISPLAY } }),
        }),
      );
    }
  }
  return out;
}
