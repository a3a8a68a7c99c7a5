/**
 * A lesson's text as the claims tests read it: a `<Pointer …>` phrase (src/content/pointers.ts) is its
 * words, so a sentence is found whether or not part of it points into a figure.
 */
export const withoutPointers = (mdx: string): string => mdx.replace(/<\/?Pointer\b[^>]*>/g, '');
