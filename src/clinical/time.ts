/**
 * Local calendar days in a given IANA time zone (the patient's, or the browser's), without a date
 * library: Intl gives the offset, cached per UTC hour, so 100,000 readings cost a few thousand Intl
 * calls at most. A reading at 23:30 local stays on its local day.
 */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

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

let viewerZone: { name: string; readAt: number } | undefined;
/** How long the browser's zone is reused: building an Intl.DateTimeFormat to ask costs ~0.1 ms, and
 *  every panel asks on every render (51 ms of a launch's main thread, `npm run bench launch`). A
 *  device that changes zone (a traveller) is followed within this time. */
export const VIEWER_ZONE_TTL_MS = 60_000;

/** The browser's time zone (the default when the patient's is not known). */
export function browserTimeZone(): string {
  const now = Date.now();
  if (!viewerZone || Math.abs(now - viewerZone.readAt) > VIEWER_ZONE_TTL_MS)
    viewerZone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  return viewerZone.name;
}

/** Local time minus UTC, in ms, of `timeZone` at instant `t`. */
export function zoneOffset(t: number, timeZone: string): number {
  const hour = Math.floor(t / HOUR);
  const key = `${timeZone}@${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const at = hour * HOUR;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const offset = wall - at;
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** Wall-clock time of `t` as if it were UTC (read with getUTC* methods). */
export const wallClock = (t: number, timeZone: string) => t + zoneOffset(t, timeZone);

/** Local hour of day, 0–23. */
export const localHour = (t: number, timeZone: string) =>
  new Date(wallClock(t, timeZone)).getUTCHours();

/** The instant a local wall-clock time (given as a UTC-based number) happens in `timeZone`. */
export function fromWallClock(wall: number, timeZone: string): number {
  // The offset at the answer may differ from the offset at the guess (a DST change): settle it twice.
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}

/** The instant local midnight starts the day `t` falls on. */
export function startOfLocalDay(t: number, timeZone: string): number {
  const wall = wallClock(t, timeZone);
  return fromWallClock(wall - (((wall % DAY) + DAY) % DAY), timeZone);
}

/** `YYYY-MM-DD` of the local day of `t`. */
export const localDayKey = (t: number, timeZone: string) =>
  new Date(wallClock(t, timeZone)).toISOString().slice(0, 10);

/** The local midnight `n` days after the local day of `t` (n may be negative). */
export function addLocalDays(t: number, n: number, timeZone: string): number {
  // Noon avoids landing on the wrong side of a 23- or 25-hour day.
  return startOfLocalDay(startOfLocalDay(t, timeZone) + 12 * HOUR + n * DAY, timeZone);
}
