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

/** A file (or the folder) SANDBOX_DATA names that cannot be loaded: the message names it and why. */
export class DataLoadError extends Error {}

function fail(file: string, message: string): never {
  throw new DataLoadError(`SANDBOX_DATA: ${file}: ${message}`);
}

/** Deeper than any FHIR resource nests (Bundle > entry > resource > contained > extension ... ). */
export const MAX_DEPTH = 100;

/** The nesting depth of parsed JSON, counted without recursion (JSON.parse itself does not overflow). */
export function depthOf(json: unknown, limit = MAX_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[json, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    return fail(dir, `cannot list the folder (${reason(error)})`);
  }
  const files = names.filter((f) => f.toLowerCase().endsWith('.json')).sort();
  const out: Resource[] = [];
  for (const name of files) {
    const file = join(dir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      return fail(file, `cannot read the file (${reason(error)})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      fail(file, `invalid JSON (${reason(error)})`);
    }
    if (depthOf(json) > MAX_DEPTH)
      fail(
        file,
        `JSON nested deeper than ${MAX_DEPTH} levels; no FHIR resource is, so it is refused`,
      );
    try {
      out.push(...resourcesFromJson(json, file));
    } catch (error) {
      if (error instanceof DataLoadError) throw error;
      fail(file, `cannot be loaded (${reason(error)})`);
    }
  }
  try {
    resolveConditional(out);
  } catch (error) {
    fail(dir, `cannot resolve references (${reason(error)})`);
  }
  return out;
}
