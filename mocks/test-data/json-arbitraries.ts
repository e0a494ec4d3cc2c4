/**
 * The ONE source of random and type-confused JSON for every reader's property test (BP, patient, labs,
 * medications): a field a reader expects may hold any JSON value, or be missing.
 */
import fc from 'fast-check';

/**
 * Any JSON value (nested up to 4 deep), plus the numbers JSON cannot carry but a careless producer
 * may hand over (NaN, ±Infinity, -0): a reader that checks `typeof x === 'number'` alone must not
 * let them through.
 */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 9 },
  { arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0), weight: 1 },
);

/** The plausible value, or any JSON in its place. */
export const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof(a, anyJson);

/**
 * A resource-like object: each field its plausible arbitrary or any JSON, each key possibly missing
 * (except `required`).
 */
export function confusedRecord(
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: readonly string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const confused = Object.fromEntries(
    Object.entries(fields).map(([k, a]) => [k, required.includes(k) ? a : maybe(a)]),
  );
  return fc.record(confused, { requiredKeys: [...required] });
}

/** What a reader may be handed in a Bundle: a confused resource, or any JSON at all. */
export const resourceOrJunk = (resource: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(resource, anyJson);
