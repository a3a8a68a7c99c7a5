/**
 * Whether a Pagefind result really matches what the reader typed. When a word is not in the
 * index, Pagefind searches for the longest prefix of it that is (so "zzqqxx" finds the letter
 * "z" of a formula, and "artery" finds "a"). A result is kept when, for some word of the query,
 * a word it marked or a word of its title shares a prefix with it of at least three letters (the
 * whole word, if shorter) and at least half the word: "installation" still finds "installing",
 * and "gra", typed on the way to "gradient", finds it.
 */
export function matchesQuery(query: string, excerpt: string, title = ''): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return false;
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/gi)].flatMap((m) => words(m[1] ?? ''));
  const found = [...marked, ...words(title)];
  return wanted.some((w) => found.some((f) => close(w, f)));
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function close(typed: string, found: string): boolean {
  const a = [...typed];
  const b = [...found];
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= Math.min(3, a.length) && shared >= a.length / 2;
}
