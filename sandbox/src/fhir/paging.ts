/**
 * Stable paging: the first page of a search stores the ordered matches as a snapshot (snapshots.ts);
 * `next` links walk that snapshot by offset, so writes between pages neither shift nor duplicate entries.
 */
import type { AccessGrant } from '../contracts';
import { asRecord, asString } from './json';
import { permits, resolveAccess } from './scopes';
import type { Snapshot } from './snapshots';
import type { Rec, Store } from './store';
import { summarize } from './summary';

function included(
  store: Store,
  grant: AccessGrant,
  page: readonly Rec[],
  includes: readonly string[],
): Rec[] {
  if (includes.length === 0) return [];
  const access = resolveAccess(grant, 'Medication', 'r');
  const seen = new Set<string>();
  const out: Rec[] = [];
  for (const rec of page) {
    const ref = asString(asRecord(rec.resource.medicationReference)?.reference);
    const [type, id, ...rest] = ref?.split('/') ?? [];
    if (type !== 'Medication' || !id || rest.length > 0 || seen.has(id)) continue;
    seen.add(id);
    const med = store.get('Medication', id);
    if (med && permits(access, med)) out.push(med);
  }
  return out;
}

export interface PageArgs {
  store: Store;
  grant: AccessGrant;
  baseUrl: string;
  selfUrl: string;
  snapshot: Snapshot;
  offset: number;
}

export function pageBundle({
  store,
  grant,
  baseUrl,
  selfUrl,
  snapshot,
  offset,
}: PageArgs): Record<string, unknown> {
  const { recs, count, type } = snapshot;
  const page = recs.slice(offset, offset + count);
  const link = [{ relation: 'self', url: selfUrl }];
  if (count > 0 && offset + count < recs.length) {
    const next = `${baseUrl}/${type}?_getpages=${snapshot.id}&_getpagesoffset=${offset + count}&_count=${count}`;
    link.push({ relation: 'next', url: next });
  }
  const entry = (rec: Rec, mode: 'match' | 'include') => ({
    fullUrl: `${baseUrl}/${rec.type}/${rec.id}`,
    resource: summarize(rec.resource, snapshot.summary),
    search: { mode },
  });
  const entries = [
    ...page.map((r) => entry(r, 'match')),
    ...included(store, grant, page, snapshot.includes).map((r) => entry(r, 'include')),
  ];
  return {
    resourceType: 'Bundle',
    id: crypto.randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'searchset',
    total: recs.length,
    link,
    // FHIR JSON has no empty arrays: `_count=0` and `_summary=count` answer without `entry`.
    ...(entries.length > 0 ? { entry: entries } : {}),
  };
}
