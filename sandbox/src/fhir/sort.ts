/**
 * `_sort` (FHIR R4 search §3.1.1.5.1): keys in order, `desc` reversing one; ties keep the store's
 * order. Resources without a value for a key come last whichever the direction, so a descending
 * sort still starts with real values.
 */
import { parseFhirDate } from './dates';
import { asArray, asRecord, asString, records, type Json } from './json';
import type { Query } from './query';
import type { SortKeyName } from './result-params';
import type { Rec } from './store';

type Value = number | string | undefined;

/** The first name that has the part: HumanName order is the record's own order of preference. */
function namePart(resource: Json, part: 'family' | 'given'): string | undefined {
  for (const name of records(resource.name)) {
    const value = part === 'family' ? asString(name.family) : asString(asArray(name.given)[0]);
    if (value) return value.toLowerCase();
  }
  return undefined;
}

function valueOf(rec: Rec, key: SortKeyName): Value {
  switch (key) {
    case 'date':
      return rec.start === -Infinity ? undefined : rec.start;
    case '_lastUpdated':
      return rec.updated;
    case '_id':
      return rec.id;
    case 'family':
    case 'given':
      return namePart(rec.resource, key);
    case 'birthdate': {
      const text = asString(rec.resource.birthDate);
      return text ? parseFhirDate(text)?.start : undefined;
    }
    case 'gender':
      return asString(asRecord(rec.resource)?.gender);
  }
}

function compare(x: Value, y: Value, desc: boolean): number {
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return (x < y ? -1 : 1) * (desc ? -1 : 1);
}

export function sortRecs(recs: Rec[], q: Query, dateSorted: boolean): Rec[] {
  const [first] = q.sort;
  if (!first) return recs;
  const undated = recs.some((r) => r.start === -Infinity);
  if (q.sort.length === 1 && first.key === 'date' && dateSorted && !undated)
    return first.desc ? recs.reverse() : recs;
  const keyed = recs.map((rec) => ({ rec, values: q.sort.map((s) => valueOf(rec, s.key)) }));
  keyed.sort((a, b) => {
    for (const [i, { desc }] of q.sort.entries()) {
      const order = compare(a.values[i], b.values[i], desc);
      if (order !== 0) return order;
    }
    return a.rec.seq - b.rec.seq;
  });
  return keyed.map((k) => k.rec);
}
