/**
 * Looks a key up in a plain lookup table, own properties only. Keys come from data and attributes,
 * so "constructor" or "__proto__" must not reach Object.prototype.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
