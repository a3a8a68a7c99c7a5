/**
 * Query strings, the part of a figure's URL logic (url.ts) that the lesson pages' own script needs
 * too: apart, so a "show me" link does not load the figures' code before a figure does.
 */

/** `?a=1&b=2` from key–value pairs, each encoded; '' for none. */
export function query(pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return '';
  return '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/**
 * `search` with the given keys removed and `pairs` set; every other key kept in place.
 * The result starts with '?' unless it is empty.
 */
export function replaceKeys(
  search: string,
  keys: readonly string[],
  pairs: readonly (readonly [string, string])[],
): string {
  const params = new URLSearchParams(search);
  for (const key of keys) params.delete(key);
  for (const [k, v] of pairs) params.set(k, v);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/**
 * What a "show me" click does to the page's query: this figure's keys (all of them, under its
 * prefix) are replaced by the link's, every other figure's are kept.
 */
export function mergeShowMe(current: string, incoming: string, id: string): string {
  const keys = [...new URLSearchParams(current).keys()].filter((k) => k.startsWith(`${id}.`));
  return replaceKeys(current, keys, [...new URLSearchParams(incoming)]);
}
