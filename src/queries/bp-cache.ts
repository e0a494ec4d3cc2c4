/**
 * A reading the server confirmed goes straight into the cached BP series (issue 12: "writes update the
 * cache, not the network"): every cached BP window that contains it gets it merged in, so one new
 * point never refetches a window of up to 100 pages. A window still loading when the reading is
 * confirmed merges it when it completes (its search may have been answered before the write landed).
 * A stored resource the BP reader cannot read as a reading falls back to refetching the windows.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Resource } from 'fhir/r4';
import { readBloodPressure } from '../fhir/bp-read';
import type { BpReading } from '../fhir/bp-types';
import { readFhirDate } from '../fhir/fhir-date';
import { HOUR } from '../clinical/time';
import type { BpData } from './blood-pressure-fetch';
import type { BpLatest } from './blood-pressure';
import { queryKeys, type KeyScope } from './keys';

const confirmed = new Map<string, BpReading[]>();
const scopeKey = (s: KeyScope) => `${s.serverUrl}|${s.patientId}`;

/**
 * Whether a reading at `time` lies in the window searched as `date=ge{since}`. A date-only `since`
 * has no zone (FHIR R4 §search "date": the server's own), so the day is taken from its earliest
 * start anywhere (UTC+14), never dropping a reading of that day.
 */
export function sinceContains(since: string, time: number): boolean {
  if (since === 'all') return true;
  const start = readFhirDate(since);
  if (!start) return false;
  const from = start.precision === 'time' ? start.t : start.t - 26 * HOUR;
  return time >= from;
}

/** `readings` (oldest first) with `added` in time order, each id once. */
export function mergeReadings(readings: readonly BpReading[], added: readonly BpReading[]) {
  const ids = new Set(readings.map((r) => r.id));
  const fresh = added.filter((r) => !ids.has(r.id));
  if (fresh.length === 0) return readings as BpReading[];
  const out = readings.slice();
  for (const r of fresh) {
    let i = out.length;
    while (i > 0 && (out[i - 1]?.time ?? 0) > r.time) i--;
    out.splice(i, 0, r);
  }
  return out;
}

/** The series with every reading this page saw confirmed for the scope that falls in `since`. */
export function withConfirmed(data: BpData, scope: KeyScope, since: string): BpData {
  const mine = (confirmed.get(scopeKey(scope)) ?? []).filter((r) => sinceContains(since, r.time));
  const readings = mergeReadings(data.readings, mine);
  return readings === data.readings ? data : { ...data, readings };
}

/** Forgets the confirmed readings (tests; a new launch never shares a scope key anyway). */
export function forgetConfirmed(): void {
  confirmed.clear();
}

/** Merges one confirmed Observation into every cached BP window of `scope` that contains it. */
export function mergeConfirmedReading(
  client: QueryClient,
  scope: KeyScope,
  resource: Resource,
  now = Date.now(),
): void {
  const read = readBloodPressure([resource], { now });
  const reading = read.readings[0];
  const root = queryKeys.bloodPressure(scope);
  if (!reading) {
    void client.invalidateQueries({ queryKey: root });
    return;
  }
  const key = scopeKey(scope);
  confirmed.set(key, [...(confirmed.get(key) ?? []), reading]);
  for (const query of client.getQueryCache().findAll({ queryKey: root })) {
    const since = query.queryKey[root.length];
    if (since === 'latest') {
      const sinces = query.queryKey.slice(root.length + 1).map(String);
      client.setQueryData<BpLatest>(query.queryKey, (old) => latestWith(old, sinces, reading));
    } else if (typeof since === 'string' && sinceContains(since, reading.time)) {
      client.setQueryData<BpData>(query.queryKey, (old) =>
        old?.readings ? { ...old, readings: mergeReadings(old.readings, [reading]) } : old,
      );
    }
  }
}

function latestWith(old: BpLatest | undefined, sinces: string[], r: BpReading) {
  if (!old) return old;
  const at = sinces.findIndex((s) => sinceContains(s, r.time));
  const index = at === -1 ? old.index : Math.min(at, old.index);
  const latest = !old.latest || r.time >= old.latest.time ? r : old.latest;
  return { ...old, index, latest };
}
