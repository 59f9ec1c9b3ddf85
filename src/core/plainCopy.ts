/**
 * A deep copy of plain data as JSON holds it (objects, arrays, strings, numbers, booleans, null; and undefined for an
 * optional field left out), which is what a user's document is. The coach copies the stored document on every turn
 * before changing it, and structuredClone took about 100 µs for a document of 10 kB where this takes about 15 µs.
 * A key named `__proto__` (JSON.parse makes it an own key) stays an own key of the copy, as structuredClone keeps it.
 */
export const plainCopy = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => plainCopy(item)) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = plainCopy((value as Record<string, unknown>)[key]);
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
};
