/**
 * Stable paging: the first page of a search stores the ordered matches as a snapshot; `next` links
 * walk that snapshot by offset, so writes between pages neither shift nor duplicate entries.
 */
import type { AccessGrant } from '../contracts';
import { asRecord, asString } from './json';
import { FhirError } from './outcome';
import { permits, resolveAccess } from './scopes';
import type { Rec, Store } from './store';

export interface Snapshot {
  id: string;
  type: string;
  recs: readonly Rec[];
  includes: readonly string[];
  count: number;
  /** Who made it: a page is only served to the same grant. */
  grantKey: string;
}

const MAX_SNAPSHOTS = 200;
/** Entries held over all snapshots (~8 bytes each): bounds memory when big searches are repeated. */
const MAX_HELD = 2_000_000;

export function grantKey(grant: AccessGrant): string {
  return JSON.stringify([grant.open ?? false, grant.patient ?? '', [...grant.scopes].sort()]);
}

export class Snapshots {
  private readonly map = new Map<string, Snapshot>();
  private held = 0;

  add(snapshot: Omit<Snapshot, 'id'>): Snapshot {
    const full = { ...snapshot, id: crypto.randomUUID() };
    this.map.set(full.id, full);
    this.held += full.recs.length;
    // Oldest first (Map keeps insertion order); the newest is always kept.
    for (const [key, old] of this.map) {
      if ((this.map.size <= MAX_SNAPSHOTS && this.held <= MAX_HELD) || key === full.id) break;
      this.map.delete(key);
      this.held -= old.recs.length;
    }
    return full;
  }

  get(id: string, type: string, grant: AccessGrant): Snapshot {
    const snap = this.map.get(id);
    if (!snap || snap.type !== type) {
      throw new FhirError(
        410,
        'expired',
        'This search page has expired; run the search again.',
        '_getpages',
      );
    }
    if (snap.grantKey !== grantKey(grant)) {
      throw new FhirError(
        403,
        'forbidden',
        'This search page belongs to another authorization.',
        '_getpages',
      );
    }
    // A walk in progress stays the most recently used, so other searches evict older ones first.
    this.map.delete(id);
    this.map.set(id, snap);
    return snap;
  }
}

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
    resource: rec.resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    id: crypto.randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'searchset',
    total: recs.length,
    link,
    entry: [
      ...page.map((r) => entry(r, 'match')),
      ...included(store, grant, page, snapshot.includes).map((r) => entry(r, 'include')),
    ],
  };
}
