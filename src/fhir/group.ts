/**
 * A panel of patients from a FHIR Group (R4, https://hl7.org/fhir/R4/group.html; the SMART/FHIR Bulk
 * Data "Group" of a care team's patients, https://hl7.org/fhir/uv/bulkdata/): one member per
 * `Group.member[].entity`, a reference to `Patient/<id>` (relative, absolute URL, or with
 * `/_history/<n>`). Pure and total: never throws, and every member entry is either read or counted.
 *
 * Per entry, the first that applies: no readable reference → `malformed`; a reference to anything but a
 * Patient (also `entity.type` naming another type) → `not-a-patient`; `inactive: true` → `inactive`;
 * `period.end` before `now` → `ended`. A patient listed twice is read once (`duplicates` counts the
 * extra entries); the latest `period.start` of its entries is its enrolment (a re-enrolment starts a
 * new monitoring period). The whole resource not being a Group is `notAGroup` (no entries to count).
 */
import { calendarNoon, fhirTime, readFhirDate } from './fhir-date';

export interface GroupMember {
  patientId: string;
  /** Epoch ms of `member.period.start` (date-only: noon UTC of that day, fhir-date.ts). */
  enrolledAt?: number;
}

export type GroupSkipReason = 'inactive' | 'ended' | 'not-a-patient' | 'malformed';

export interface GroupRead {
  name?: string;
  members: GroupMember[];
  /** One row per reason that occurred, in the order below; counts > 0. */
  skipped: { reason: GroupSkipReason; count: number }[];
  /** Extra entries for a patient already listed (members + skipped + duplicates = entries). */
  duplicates: number;
  /** The resource is not a Group at all (nothing was read from it). */
  notAGroup?: boolean;
}

const REASONS: readonly GroupSkipReason[] = ['malformed', 'not-a-patient', 'inactive', 'ended'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** FHIR id: 1–64 of [A-Za-z0-9-.] (R4 datatypes, `id`). */
const REFERENCE =
  /^(?:(?:https?:\/\/[^?#]*\/)?([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64}))(?:\/_history\/[^/]+)?$/;

/** The entries of `Group.member`: an array, one object sent bare, or none. */
function memberEntries(group: Record<string, unknown>): unknown[] {
  const m = group.member;
  if (Array.isArray(m)) return m;
  return m === undefined ? [] : [m];
}

/**
 * When a membership that ends at `value` is over: the instant for a dateTime; for a date (or month, or
 * year) the end of that calendar day (month, year) in the last time zone to finish it, so a member
 * whose period ends "2026-12-01" is still a member all of 1 December wherever the panel is opened.
 */
function endOf(value: unknown): number | undefined {
  const d = readFhirDate(value);
  if (!d || d.precision === 'time') return d?.t;
  const t = new Date(d.t);
  const [y, m, day] = [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()];
  // d.t is noon UTC of the first day; the next period's noon UTC is where UTC-12 finishes this one.
  if (d.precision === 'day') return calendarNoon(y, m, day + 1);
  return d.precision === 'month' ? calendarNoon(y, m + 1, 1) : calendarNoon(y + 1, 0, 1);
}

type Entry = { member: GroupMember } | { skip: GroupSkipReason };

function readEntry(entry: unknown, now: number): Entry {
  if (!isObject(entry) || !isObject(entry.entity)) return { skip: 'malformed' };
  const { reference, type } = entry.entity;
  const match = typeof reference === 'string' ? REFERENCE.exec(reference.trim()) : null;
  if (!match) return { skip: 'malformed' };
  const [, resourceType, id] = match;
  if (resourceType !== 'Patient' || (type !== undefined && type !== 'Patient') || !id)
    return { skip: 'not-a-patient' };
  if (entry.inactive === true) return { skip: 'inactive' };
  const period = isObject(entry.period) ? entry.period : undefined;
  const end = endOf(period?.end);
  if ((end ?? Infinity) < now) return { skip: 'ended' };
  const start = fhirTime(period?.start);
  return { member: { patientId: id, ...(start !== undefined ? { enrolledAt: start } : {}) } };
}

export function readGroup(raw: unknown, now: number): GroupRead {
  if (!isObject(raw) || raw.resourceType !== 'Group')
    return { members: [], skipped: [], duplicates: 0, notAGroup: true };
  const counts = new Map<GroupSkipReason, number>();
  const byId = new Map<string, GroupMember>();
  let duplicates = 0;
  for (const e of memberEntries(raw)) {
    const read = readEntry(e, now);
    if ('skip' in read) {
      counts.set(read.skip, (counts.get(read.skip) ?? 0) + 1);
      continue;
    }
    const seen = byId.get(read.member.patientId);
    if (!seen) {
      byId.set(read.member.patientId, read.member);
      continue;
    }
    duplicates++;
    const t = read.member.enrolledAt;
    if (t !== undefined && (seen.enrolledAt === undefined || t > seen.enrolledAt))
      seen.enrolledAt = t;
  }
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  return {
    ...(name ? { name } : {}),
    members: [...byId.values()],
    skipped: REASONS.flatMap((reason) => {
      const count = counts.get(reason) ?? 0;
      return count > 0 ? [{ reason, count }] : [];
    }),
    duplicates,
  };
}
