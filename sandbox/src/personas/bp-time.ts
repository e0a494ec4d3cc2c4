/**
 * Local wall-clock times in the patient's time zone, without Node APIs: the offset comes from Intl,
 * cached per UTC hour so generating many readings stays cheap.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const MINUTE = 60_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset (local minus UTC, ms) of `timeZone` at instant `t`. */
export function zoneOffset(t: number, timeZone: string): number {
  const key = `${timeZone}@${Math.floor(t / HOUR)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(t))) parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  const offset = asUtc - (t - (t % 1000));
  offsets.set(key, offset);
  return offset;
}

/** The local calendar day (as a UTC-midnight epoch) that instant `t` falls on in `timeZone`. */
export function localDay(t: number, timeZone: string): number {
  const local = t + zoneOffset(t, timeZone);
  return local - (((local % DAY) + DAY) % DAY);
}

/** The instant of local time `hour:minute` on the local day `daysAgo` days before `now`. */
export function localTime(
  now: Date,
  daysAgo: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const day = localDay(now.getTime(), timeZone) - daysAgo * DAY;
  const guess = day + hour * HOUR + minute * MINUTE;
  // Two passes settle the offset even across a DST change on that day.
  const first = guess - zoneOffset(guess, timeZone);
  return guess - zoneOffset(first, timeZone);
}

/** ISO 8601 with the local offset (`2026-03-12T07:04:00-04:00`), as EHRs often send times. */
export function isoLocal(t: number, timeZone: string): string {
  const offset = zoneOffset(t, timeZone);
  const local = new Date(t + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / MINUTE;
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
