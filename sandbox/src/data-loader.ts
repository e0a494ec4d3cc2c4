/**
 * SANDBOX_DATA: every `*.json` in a folder, read at start-up — FHIR Bundles (transaction, batch,
 * collection, searchset; `urn:uuid:` and conditional `Type?identifier=` references resolved to the ids
 * assigned; `PUT Type/id` and `resource.id` keep their ids) and plain resources. Synthea output works.
 */
import type { Resource } from 'fhir/r4';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asRecord, asString, isResourceJson, records, toStored, type Json } from './fhir/json';

function fail(file: string, message: string): never {
  throw new Error(`SANDBOX_DATA: ${file}: ${message}`);
}

function idFor(entry: Json, resource: Json, type: string): string {
  const request = asRecord(entry.request);
  const url = asString(request?.url);
  const put =
    asString(request?.method)?.toUpperCase() === 'PUT' && url
      ? /^([A-Za-z]+)\/([^/?]+)$/.exec(url)
      : null;
  if (put?.[1] === type && put[2]) return put[2];
  return asString(resource.id) ?? randomUUID();
}

/** Replaces every `reference` found in `map` (deep), in place. */
function rewrite(node: unknown, resolve: (ref: string) => string | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) rewrite(item, resolve);
    return;
  }
  const obj = asRecord(node);
  if (!obj) return;
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'reference' && typeof value === 'string') {
      const target = resolve(value);
      if (target) obj[key] = target;
    } else if (typeof value === 'object') rewrite(value, resolve);
  }
}

/** The resources in one parsed file (a Bundle's entries, or the resource itself). */
export function resourcesFromJson(json: unknown, file: string): Resource[] {
  const root = asRecord(json);
  const type = asString(root?.resourceType);
  if (!root || !type) return fail(file, 'not a FHIR resource (no resourceType).');
  if (type !== 'Bundle') {
    root.id = asString(root.id) ?? randomUUID();
    return isResourceJson(root) ? [root] : [];
  }
  const fullUrls = new Map<string, string>();
  const out: Resource[] = [];
  for (const entry of records(root.entry)) {
    const resource = asRecord(entry.resource);
    const rtype = asString(resource?.resourceType);
    if (!resource || !rtype) continue;
    resource.id = idFor(entry, resource, rtype);
    const fullUrl = asString(entry.fullUrl);
    if (fullUrl) fullUrls.set(fullUrl, `${rtype}/${String(resource.id)}`);
    if (isResourceJson(resource)) out.push(resource);
  }
  for (const resource of out) rewrite(resource, (ref) => fullUrls.get(ref));
  return out;
}

/** Resolves `Type?identifier=system|value` references against the loaded resources. */
function resolveConditional(resources: readonly Resource[]): void {
  const byIdentifier = new Map<string, string>();
  for (const r of resources) {
    for (const identifier of records(toStored(r).identifier)) {
      const value = asString(identifier.value);
      if (value)
        byIdentifier.set(
          `${r.resourceType}?identifier=${asString(identifier.system) ?? ''}|${value}`,
          `${r.resourceType}/${r.id ?? ''}`,
        );
    }
  }
  const decode = (ref: string) => {
    try {
      return decodeURIComponent(ref);
    } catch {
      return ref;
    }
  };
  for (const r of resources)
    rewrite(r, (ref) => (ref.includes('?') ? byIdentifier.get(decode(ref)) : undefined));
}

export async function loadDataDir(dir: string): Promise<Resource[]> {
  const files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.json')).sort();
  const out: Resource[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      fail(file, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    out.push(...resourcesFromJson(json, file));
  }
  resolveConditional(out);
  return out;
}
