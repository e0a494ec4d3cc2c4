/**
 * A lookup table read with a key that came from a server: only the table's own keys count, so a code
 * such as `constructor` or `toString` never finds a function on Object.prototype.
 */
export const ownValue = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
