/**
 * A URL's hash read as a person meant it: a link at the end of a sentence keeps the sentence's full
 * stop (`#descent-2d.`), and a retyped id loses its hyphens or gains capitals (`#Descent2D`). Tiny
 * and dependency-free, so a lesson page can fix its hash before any figure loads.
 */

/** Punctuation that a sentence puts after a link. */
export const TRAILING = /[.,;:!?)\]}'"”’»]+$/u;

/** An id compared without case, hyphens, underscores or spaces. */
export const normalizeId = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/** The id among `ids` that a hash names, read leniently; null when none. */
export function figureIdFromHash(hash: string, ids: Iterable<string>): string | null {
  let raw = hash.replace(/^#/, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    /* a stray %: read it as it is */
  }
  raw = raw.trim().replace(TRAILING, '');
  if (!raw) return null;
  const list = [...ids];
  if (list.includes(raw)) return raw;
  const n = normalizeId(raw);
  return list.find((id) => normalizeId(id) === n) ?? null;
}

/**
 * On a page whose hash names no element as it stands but does name a figure (or any element) once
 * read leniently, goes to that element: the hash is replaced (no new history entry), so the page
 * scrolls to it and `:target` highlights it.
 */
export function fixHash(doc: Document = document, loc: Location = location): void {
  const hash = loc.hash;
  if (hash.length < 2) return;
  let exact = hash.slice(1);
  try {
    exact = decodeURIComponent(exact);
  } catch {
    /* keep it */
  }
  if (doc.getElementById(exact)) return;
  const trimmed = exact.trim().replace(TRAILING, '');
  const figures = [...doc.querySelectorAll<HTMLElement>('[data-figure][id]')].map((e) => e.id);
  const id = trimmed && doc.getElementById(trimmed) ? trimmed : figureIdFromHash(hash, figures);
  if (id) loc.replace(`#${encodeURIComponent(id)}`);
}
