/**
 * The indexed in-memory store. Every resource is a `Rec` that knows its patient and date range; index
 * lists (by type, type+patient, type+code, type+patient+code) are kept ordered by date so a search by
 * patient+code+date is a binary search plus a slice, whatever the store's size.
 */
import type { Resource } from 'fhir/r4';
import { codeTokens, dateOf, identifierTokens, patientOf } from './extract';
import { toStored, type StoredResource } from './json';

export interface Rec {
  type: string;
  id: string;
  resource: StoredResource;
  patient?: string;
  /** Date range in ms; -Infinity when the resource has no date. */
  start: number;
  end: number;
  updated: number;
  seq: number;
}

export function compareByDate(a: Rec, b: Rec): number {
  return a.start - b.start || a.seq - b.seq;
}

export class IndexList {
  private items: Rec[] = [];
  private dirty = false;
  /** Largest end - start among the items, so date bounds can be applied to the start key. */
  maxSpan = 0;

  add(rec: Rec): void {
    const last = this.items.at(-1);
    if (last && compareByDate(last, rec) > 0) this.dirty = true;
    this.items.push(rec);
    if (rec.start !== -Infinity) this.maxSpan = Math.max(this.maxSpan, rec.end - rec.start);
  }

  remove(rec: Rec): void {
    this.items = this.items.filter((r) => r !== rec);
  }

  sorted(): readonly Rec[] {
    if (this.dirty) {
      this.items.sort(compareByDate);
      this.dirty = false;
    }
    return this.items;
  }

  /** Items whose start lies in [low, high], in date order. */
  range(low: number, high: number): Rec[] {
    const items = this.sorted();
    return items.slice(lowerBound(items, low), lowerBound(items, high + 1));
  }
}

function lowerBound(items: readonly Rec[], start: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.start ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const keys = {
  type: (t: string) => t,
  patient: (t: string, p: string) => `${t}|p:${p}`,
  code: (t: string, system: string | undefined, code: string, p?: string) =>
    system === undefined
      ? `${t}|${p ? `p:${p}|` : ''}k:${code}`
      : `${t}|${p ? `p:${p}|` : ''}c:${system}|${code}`,
  identifier: (t: string, system: string | undefined, value: string) =>
    `${t}|${system ?? ''}|${value}`,
};

export class Store {
  private readonly byType = new Map<string, Map<string, Rec>>();
  private readonly indexes = new Map<string, IndexList>();
  private readonly identifiers = new Map<string, Rec[]>();
  private seq = 0;

  /** Changes with every write: equal versions mean equal contents. */
  get version(): number {
    return this.seq;
  }

  get(type: string, id: string): Rec | undefined {
    return this.byType.get(type)?.get(id);
  }

  all(type: string): IterableIterator<Rec> {
    return (this.byType.get(type) ?? new Map<string, Rec>()).values();
  }

  index(key: string): IndexList | undefined {
    return this.indexes.get(key);
  }

  byIdentifier(type: string, system: string | undefined, value: string): readonly Rec[] {
    return this.identifiers.get(keys.identifier(type, system, value)) ?? [];
  }

  /** Adds (or replaces, same type and id) a resource; it must carry resourceType and id. */
  put(resource: Resource, updated: number): Rec {
    const json = toStored(resource);
    const type = json.resourceType;
    const id = json.id;
    if (!id) throw new Error(`${type} without id`);
    const previous = this.get(type, id);
    if (previous) this.unindex(previous);
    const range = dateOf(json);
    const patient = patientOf(json);
    const rec: Rec = {
      type,
      id,
      resource: json,
      patient,
      start: range?.start ?? -Infinity,
      end: range?.end ?? -Infinity,
      updated,
      seq: this.seq++,
    };
    let ofType = this.byType.get(type);
    if (!ofType) this.byType.set(type, (ofType = new Map<string, Rec>()));
    ofType.set(id, rec);
    for (const key of indexKeys(rec)) {
      let list = this.indexes.get(key);
      if (!list) this.indexes.set(key, (list = new IndexList()));
      list.add(rec);
    }
    for (const key of identifierKeys(rec)) {
      const list = this.identifiers.get(key);
      if (list) list.push(rec);
      else this.identifiers.set(key, [rec]);
    }
    return rec;
  }

  private unindex(rec: Rec): void {
    for (const key of indexKeys(rec)) this.indexes.get(key)?.remove(rec);
    for (const key of identifierKeys(rec)) {
      this.identifiers.set(
        key,
        (this.identifiers.get(key) ?? []).filter((r) => r !== rec),
      );
    }
  }
}

function indexKeys(rec: Rec): string[] {
  const t = rec.type;
  const p = rec.patient;
  const out = [keys.type(t)];
  if (p) out.push(keys.patient(t, p));
  const codes = codeTokens(rec.resource);
  for (const { system, code } of codes) {
    out.push(keys.code(t, undefined, code));
    if (system !== undefined) out.push(keys.code(t, system, code));
    if (p) out.push(keys.code(t, undefined, code, p));
    if (p && system !== undefined) out.push(keys.code(t, system, code, p));
  }
  // Two codings can share a code; a resource is listed once per index.
  return codes.length > 1 ? [...new Set(out)] : out;
}

function identifierKeys(rec: Rec): Set<string> {
  const out = new Set<string>();
  for (const { system, code } of identifierTokens(rec.resource)) {
    out.add(keys.identifier(rec.type, undefined, code));
    if (system !== undefined) out.add(keys.identifier(rec.type, system, code));
  }
  return out;
}
