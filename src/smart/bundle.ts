/** Search URLs and searchset Bundles: parameters in, matches and includes out. */
import type { Bundle, Resource } from 'fhir/r4';
import type { SearchPage, SearchParams } from './types';

export function appendParams(url: URL, params: SearchParams): URL {
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const values: readonly string[] = typeof value === 'string' ? [value] : value;
    for (const v of values) url.searchParams.append(key, v);
  }
  return url;
}

export function isResource(body: unknown): body is Resource {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { resourceType?: unknown }).resourceType === 'string'
  );
}

export function toSearchPage<T extends Resource>(bundle: Bundle): SearchPage<T> {
  const resources: T[] = [];
  const included: Resource[] = [];
  for (const entry of bundle.entry ?? []) {
    if (!entry.resource) continue;
    const mode = entry.search?.mode;
    if (mode === 'include') included.push(entry.resource);
    else if (mode !== 'outcome') resources.push(entry.resource as T);
  }
  const nextUrl = bundle.link?.find((l) => l.relation === 'next')?.url;
  return {
    resources,
    included,
    ...(bundle.total !== undefined ? { total: bundle.total } : {}),
    ...(nextUrl ? { nextUrl } : {}),
  };
}
