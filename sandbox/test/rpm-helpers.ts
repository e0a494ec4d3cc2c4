/**
 * Reads the generated RPM program back the way an app would (from the resources only, not from the
 * plan): per member its local reading days, values and sources, so the tests can compare with
 * RPM_EXPECTED.
 */
import type { Group, Observation, Patient, Resource } from 'fhir/r4';
import { buildRpmProgram } from '../src/personas/rpm';

const DAY = 86_400_000;
const ZONE_OF_STATE: Record<string, string> = {
  CT: 'America/New_York',
  MA: 'America/New_York',
  NY: 'America/New_York',
  IL: 'America/Chicago',
  WI: 'America/Chicago',
  CA: 'America/Los_Angeles',
};

export interface MemberReadings {
  id: string;
  timeZone: string;
  /** Local days before now of each reading (the effectiveDateTime carries the local offset). */
  daysAgo: number[];
  /** Local hour of each reading. */
  hours: number[];
  values: { sys: number; dia: number; daysAgo: number }[];
  typed: number;
  fromDevice: number;
}

const value = (o: Observation, code: string) =>
  o.component?.find((c) => c.code.coding?.[0]?.code === code)?.valueQuantity?.value ?? NaN;

const cache = new Map<number, ReturnType<typeof read>>();

/** The program built for `now` and read back (cached per `now`: tests only read it). */
export function readProgram(now: Date) {
  let read_ = cache.get(now.getTime());
  if (!read_) cache.set(now.getTime(), (read_ = read(now, buildRpmProgram(now))));
  return read_;
}

export function read(now: Date, resources: Resource[]) {
  const group = resources.find((r): r is Group => r.resourceType === 'Group');
  if (!group) throw new Error('no Group');
  const patients = new Map(
    resources.filter((r): r is Patient => r.resourceType === 'Patient').map((p) => [p.id ?? '', p]),
  );
  const members = new Map<string, MemberReadings>();
  const todays = new Map<string, string>();
  const todayIn = (timeZone: string) => {
    let today = todays.get(timeZone);
    if (!today) todays.set(timeZone, (today = now.toLocaleDateString('en-CA', { timeZone })));
    return today;
  };
  for (const p of patients.values()) {
    const timeZone = ZONE_OF_STATE[p.address?.[0]?.state ?? ''] ?? 'unknown';
    const id = p.id ?? '';
    members.set(id, { id, timeZone, daysAgo: [], hours: [], values: [], typed: 0, fromDevice: 0 });
  }
  for (const o of resources.filter((r): r is Observation => r.resourceType === 'Observation')) {
    const id = o.subject?.reference?.replace('Patient/', '') ?? '';
    const m = members.get(id);
    if (!m) throw new Error(`reading of a non-member ${id}`);
    const today = todayIn(m.timeZone);
    const when = o.effectiveDateTime ?? '';
    const daysAgo = Math.round((Date.parse(today) - Date.parse(when.slice(0, 10))) / DAY);
    m.daysAgo.push(daysAgo);
    m.hours.push(Number(when.slice(11, 13)));
    m.values.push({ sys: value(o, '8480-6'), dia: value(o, '8462-4'), daysAgo });
    if (o.device) m.fromDevice++;
    if (o.performer?.[0]?.reference === `Patient/${id}` && !o.device) m.typed++;
  }
  return { group, patients, members, resources };
}

export const sorted = (ids: Iterable<string>) => [...ids].sort();

export function idsWhere(
  members: Map<string, MemberReadings>,
  keep: (m: MemberReadings) => boolean,
  only?: ReadonlySet<string>,
): string[] {
  return sorted(
    [...members.values()].filter((m) => (!only || only.has(m.id)) && keep(m)).map((m) => m.id),
  );
}

export const days = (m: MemberReadings) => new Set(m.daysAgo);
export const severe = (v: { sys: number; dia: number }) => v.sys >= 180 || v.dia >= 120;
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
