/** Small helpers to read untyped JSON (FHIR resources) without `any`. */
export type Json = Record<string, unknown>;

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
