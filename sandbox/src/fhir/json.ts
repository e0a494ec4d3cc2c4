/** Small helpers to read untyped JSON (FHIR resources) without `any` or casts. */
import type { Resource } from 'fhir/r4';

export type Json = Record<string, unknown>;

/** A resource as the store keeps it: typed as FHIR and readable as plain JSON, with no cast. */
export type StoredResource = Resource & Json;

/** A shallow copy the store owns (its fields are shared, not cloned). */
export const toStored = (resource: Resource): StoredResource => ({ ...resource });

/** JSON with a string `resourceType` (the id is the caller's to check). */
export function isResourceJson(value: Json): value is StoredResource {
  return typeof value.resourceType === 'string';
}

export function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function records(value: unknown): Json[] {
  return asArray(value).flatMap((v) => {
    const r = asRecord(v);
    return r ? [r] : [];
  });
}
