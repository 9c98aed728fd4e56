/**
 * `table[key]` for a key that comes from the API: only the table's own entries count, so
 * a status named "toString" or "constructor" is an unknown status, not a function from
 * Object.prototype.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
