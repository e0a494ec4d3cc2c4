/**
 * Walks a search's `next` links to the end (or a page cap), de-duplicating by resourceType/id because
 * servers with unstable paging repeat entries across pages. A failure on the first page is thrown (no
 * data at all: the panel shows its error state); a failure on a later page is returned as `failure`
 * beside what arrived (the panel shows its partial state). An ended session or an abort always throws.
 */
import type { Resource } from 'fhir/r4';
import { FhirError, type SearchAllOptions, type SearchAllResult, type SearchPage } from './types';

export const DEFAULT_MAX_PAGES = 500;

const keyOf = (r: Resource) => (r.id ? `${r.resourceType}/${r.id}` : undefined);

/** Adds the items not seen before (into `into`, unless it is null: counted only); returns how many. */
function addUnique<T extends Resource>(into: T[] | null, seen: Set<string>, items: readonly T[]) {
  let added = 0;
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    into?.push(item);
    added++;
  }
  return added;
}

const fatal = (e: FhirError) => e.kind === 'unauthorized' || e.kind === 'session-ended';

export async function walkPages<T extends Resource>(
  first: URL,
  options: SearchAllOptions,
  fetchPage: (url: URL, signal?: AbortSignal) => Promise<SearchPage<T>>,
): Promise<SearchAllResult<T>> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const resources: T[] = [];
  const included: Resource[] = [];
  const seen = new Set<string>();
  const seenIncluded = new Set<string>();
  const visited = new Set<string>();
  let total: number | undefined;
  let pages = 0;
  // Matches loaded so far, de-duplicated, whether or not they are kept (progress counts them).
  let loaded = 0;
  let next: URL | undefined = first;

  while (next) {
    if (pages >= maxPages) {
      return {
        resources,
        included,
        pages,
        truncated: true,
        ...(total !== undefined ? { total } : {}),
      };
    }
    visited.add(next.href);
    let page: SearchPage<T>;
    try {
      page = await fetchPage(next, options.signal);
    } catch (error) {
      if (!(error instanceof FhirError) || pages === 0 || fatal(error)) throw error;
      return {
        resources,
        included,
        pages,
        truncated: false,
        failure: error,
        ...(total !== undefined ? { total } : {}),
      };
    }
    pages++;
    total ??= page.total;
    loaded += addUnique(options.keepResources !== false ? resources : null, seen, page.resources);
    addUnique(included, seenIncluded, page.included);
    options.onPage?.(page);
    options.onProgress?.({
      pages,
      resources: loaded,
      ...(total !== undefined ? { total } : {}),
    });
    const nextUrl: URL | undefined = page.nextUrl ? new URL(page.nextUrl, next) : undefined;
    // A server that links back to a page already read would loop forever.
    next = nextUrl && !visited.has(nextUrl.href) ? nextUrl : undefined;
  }
  return {
    resources,
    included,
    pages,
    truncated: false,
    ...(total !== undefined ? { total } : {}),
  };
}
