/**
 * Runs a parsed Query against the store: picks the narrowest date-ordered index (patient+code, patient,
 * code, type), cuts it by date with a binary search, then checks only what the index did not cover.
 */
import { matchesDate, startBounds } from './dates';
import { COMPARTMENT_TYPES, nameStrings } from './extract';
import { tokenMatches } from './params';
import { referenceMatches } from './references';
import type { Query, TokenFilter } from './query';
import { sortRecs } from './sort';
import { compareByDate, keys, type IndexList, type Rec, type Store } from './store';

type Predicate = (rec: Rec) => boolean;

/** A `code` filter the index can answer: every value names a code (with a system or with any system). */
function indexableCode(q: Query): TokenFilter | undefined {
  const codes = q.tokens.filter((t) => t.param === 'code');
  const only = codes[0];
  if (codes.length !== 1 || !only) return undefined;
  return only.values.every((v) => v.code !== undefined && v.system !== '') ? only : undefined;
}

interface Candidates {
  recs: Rec[];
  dateSorted: boolean;
  covers: { patient: boolean; code?: TokenFilter; date: boolean };
}

function fromLists(lists: IndexList[], q: Query): Pick<Candidates, 'recs'> & { date: boolean } {
  const withDates = q.dates.length > 0;
  const cut = (list: IndexList): Rec[] => {
    if (!withDates) return list.sorted().slice();
    const { low, high } = startBounds(q.dates, list.maxSpan);
    return list.range(low, high);
  };
  const exactDates = !q.dates.some((d) => d.prefix === 'ne') && lists.every((l) => l.maxSpan === 0);
  const first = lists[0];
  if (lists.length === 1 && first) return { recs: cut(first), date: exactDates };
  const merged = Array.from(new Set(lists.flatMap(cut))).sort(compareByDate);
  return { recs: merged, date: exactDates };
}

function candidates(store: Store, q: Query): Candidates {
  const t = q.type;
  const none = { patient: false, date: false };
  if (q.ids) {
    const recs = q.ids.flatMap((id) => store.get(t, id) ?? []);
    return { recs, dateSorted: false, covers: none };
  }
  const identifier = q.tokens.find((f) => f.param === 'identifier' && f.values.length === 1);
  const wanted = identifier?.values[0];
  if (wanted?.code !== undefined && wanted.system !== '') {
    return {
      recs: [...store.byIdentifier(t, wanted.system, wanted.code)],
      dateSorted: false,
      covers: none,
    };
  }
  const patients = COMPARTMENT_TYPES.has(t) ? q.patients : undefined;
  const code = indexableCode(q);
  const present = (l: IndexList | undefined): l is IndexList => l !== undefined;
  if (code) {
    const lists = (patients ?? [undefined])
      .flatMap((p) => code.values.map((v) => store.index(keys.code(t, v.system, v.code ?? '', p))))
      .filter(present);
    const { recs, date } = fromLists(lists, q);
    return { recs, dateSorted: true, covers: { patient: !!patients, code, date } };
  }
  if (patients) {
    const { recs, date } = fromLists(
      patients.map((p) => store.index(keys.patient(t, p))).filter(present),
      q,
    );
    return { recs, dateSorted: true, covers: { patient: true, date } };
  }
  const { recs, date } = fromLists([store.index(keys.type(t))].filter(present), q);
  return { recs, dateSorted: true, covers: { patient: false, date } };
}

function predicates(q: Query, covers: Candidates['covers'], extra?: Predicate): Predicate[] {
  const out: Predicate[] = [];
  const patients = q.patients;
  if (patients && !covers.patient) {
    out.push((r) =>
      r.type === 'Patient'
        ? patients.includes(r.id)
        : r.patient !== undefined && patients.includes(r.patient),
    );
  }
  for (const filter of q.tokens) {
    if (filter === covers.code) continue;
    out.push((r) => {
      const tokens = filter.get(r.resource);
      return filter.values.some((v) => tokenMatches(v, tokens));
    });
  }
  for (const filter of q.references) {
    out.push((r) => {
      const references = filter.get(r.resource);
      return filter.values.some((v) => referenceMatches(v, references));
    });
  }
  if (q.dates.length > 0 && !covers.date) {
    out.push((r) => r.start !== -Infinity && q.dates.every((d) => matchesDate(d, r)));
  }
  if (q.updated.length > 0) {
    out.push((r) => q.updated.every((d) => matchesDate(d, { start: r.updated, end: r.updated })));
  }
  for (const { contains, values } of q.names) {
    out.push((r) => {
      const names = nameStrings(r.resource);
      return values.some((a) => names.some((n) => (contains ? n.includes(a) : n.startsWith(a))));
    });
  }
  if (extra) out.push(extra);
  return out;
}

/** Every match of `q`, in result order; `allow` drops what the grant does not let through. */
export function runSearch(store: Store, q: Query, allow?: Predicate): Rec[] {
  const found = candidates(store, q);
  const checks = predicates(q, found.covers, allow);
  const recs =
    checks.length === 0 ? found.recs : found.recs.filter((r) => checks.every((c) => c(r)));
  return sortRecs(recs, q, found.dateSorted);
}
