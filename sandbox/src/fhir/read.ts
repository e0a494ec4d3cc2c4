/** read, vread and search, with scopes and the patient compartment enforced. */
import type { FhirRequest, FhirResponse } from '../contracts';
import type { FhirContext } from './context';
import { DEFAULT_PAGE_SIZE } from './context';
import { fail, FhirError, ok } from './outcome';
import { pageBundle } from './paging';
import { grantKey } from './snapshots';
import { parseQuery } from './query';
import { permits, resolveAccess } from './scopes';
import { runSearch } from './search';
import type { Rec } from './store';

export function versionHeaders(rec: Rec): Record<string, string> {
  const version = rec.resource.meta?.versionId ?? '1';
  return { ETag: `W/"${version}"`, 'Last-Modified': new Date(rec.updated).toUTCString() };
}

export function handleRead(
  ctx: FhirContext,
  req: FhirRequest,
  type: string,
  id: string,
  version?: string,
): FhirResponse {
  const access = resolveAccess(req.grant, type, 'r');
  if (!access.allowed) return fail(403, 'forbidden', access.reason);
  const rec = ctx.store.get(type, id);
  if (!rec || (version !== undefined && (rec.resource.meta?.versionId ?? '1') !== version)) {
    return fail(
      404,
      'not-found',
      `${type}/${id}${version ? `/_history/${version}` : ''} is not known.`,
    );
  }
  if (!permits(access, rec)) {
    return fail(
      403,
      'forbidden',
      `${type}/${id} is outside what this authorization may read (patient compartment or scope restriction).`,
    );
  }
  return ok(rec.resource, 200, versionHeaders(rec));
}

const PAGE_PARAMS = new Set(['_getpages', '_getpagesoffset', '_count', '_format', '_pretty']);

/** Parameters that change only how results are shown, not which results there are. */
const SHOWING = new Set(['_count', '_format', '_pretty', '_summary']);

/** The same search by the same grant over the same store version has the same matches. */
function searchKey(ctx: FhirContext, type: string, req: FhirRequest): string {
  const params = [...req.query]
    .filter(([name]) => !SHOWING.has(name))
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  return JSON.stringify([ctx.store.version, type, grantKey(req.grant), params]);
}

export function handleSearch(ctx: FhirContext, req: FhirRequest, type: string): FhirResponse {
  const access = resolveAccess(req.grant, type, 's');
  if (!access.allowed) return fail(403, 'forbidden', access.reason);
  const query = req.query.toString();
  const selfUrl = `${req.baseUrl}/${type}${query ? `?${query}` : ''}`;
  const pageId = req.query.get('_getpages');
  if (pageId) {
    const extra = [...req.query.keys()].find((k) => !PAGE_PARAMS.has(k));
    if (extra)
      throw new FhirError(
        400,
        'not-supported',
        `Unsupported parameter "${extra}" on a page request.`,
        extra,
      );
    const snapshot = ctx.snapshots.get(pageId, type, req.grant);
    const offset = Number(req.query.get('_getpagesoffset') ?? '0');
    if (!Number.isInteger(offset) || offset < 0)
      throw new FhirError(400, 'invalid', 'Invalid _getpagesoffset.', '_getpagesoffset');
    const bundle = pageBundle({
      store: ctx.store,
      grant: req.grant,
      baseUrl: req.baseUrl,
      selfUrl,
      snapshot,
      offset,
    });
    ctx.snapshots.served(snapshot, offset);
    return ok(bundle);
  }
  const q = parseQuery(type, req.query, ctx.maxPageSize);
  if (access.confine !== undefined) {
    const confine = access.confine;
    const other = q.patients?.find((p) => p !== confine);
    if (other !== undefined) {
      return fail(
        403,
        'forbidden',
        `patient/ scopes confine this authorization to Patient/${confine}; Patient/${other} was asked for.`,
      );
    }
    q.patients = [confine];
  }
  const key = searchKey(ctx, type, req);
  const recs = ctx.snapshots.results(key, () => runSearch(ctx.store, q, access.filter));
  const snapshot = ctx.snapshots.add(
    {
      type,
      recs,
      includes: q.includes,
      count: q.summary === 'count' ? 0 : (q.count ?? Math.min(DEFAULT_PAGE_SIZE, ctx.maxPageSize)),
      ...(q.summary ? { summary: q.summary } : {}),
      grantKey: grantKey(req.grant),
    },
    key,
  );
  return ok(
    pageBundle({
      store: ctx.store,
      grant: req.grant,
      baseUrl: req.baseUrl,
      selfUrl,
      snapshot,
      offset: 0,
    }),
  );
}
