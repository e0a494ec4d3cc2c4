/**
 * Reference search parameters (FHIR R4 §3.1.1.4.4): `Type/id`, a bare `id` (any target type) or an
 * absolute `<base>/Type/id`; `_history/<n>` on either side is ignored. Used for Group's
 * `managing-entity` and `member`.
 */
import { asRecord, asString, records, type Json } from './json';

export type ReferenceGetter = (resource: Json) => string[];

/** `Type/id` of a relative or absolute reference; undefined when it names no type and id. */
export function referenceKey(text: string): string | undefined {
  const parts = text.split('/').filter((p) => p !== '');
  const history = parts.lastIndexOf('_history');
  const path = history >= 2 && history === parts.length - 2 ? parts.slice(0, history) : parts;
  const [type, id] = path.slice(-2);
  return type && id && /^[A-Z][A-Za-z]+$/.test(type) ? `${type}/${id}` : undefined;
}

export function referenceMatches(value: string, references: readonly string[]): boolean {
  if (!value.includes('/')) return references.some((r) => referenceKey(r)?.split('/')[1] === value);
  const wanted = referenceKey(value);
  return wanted !== undefined && references.some((r) => referenceKey(r) === wanted);
}

/** The `reference` strings of one Reference or a list of them. */
export function referencesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.flatMap((v) => asString(asRecord(v)?.reference) ?? []);
}

export const groupManagingEntity: ReferenceGetter = (r) => referencesOf(r.managingEntity);
export const groupMember: ReferenceGetter = (r) =>
  records(r.member).flatMap((m) => referencesOf(m.entity));
