/**
 * /sitemap.xml: every page a reader might land on, as absolute URLs under the configured site
 * and base. Static pages are found from src/pages itself, so a new page is listed without
 * touching this file; the lessons and the standalone figure pages come from their sources.
 * Left out: the 404 page and the search page (both noindex).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FIGURES } from '../figures/catalog.ts';
import { figurePath, lessonPath, url } from '../lib/paths.ts';

const EXCLUDED = new Set(['404', 'search']);

/** Site paths of the static .astro pages ('' for the home page), from their file names. */
function staticPagePaths(files: string[]): string[] {
  return files
    .map((f) => f.replace(/^\.\//, '').replace(/\.astro$/, ''))
    .filter((f) => !f.includes('[') && !EXCLUDED.has(f))
    .map((f) => (f === 'index' ? '' : `${f.replace(/\/index$/, '')}/`))
    .sort();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('https://downhill.example.org');
  const pages = staticPagePaths(Object.keys(import.meta.glob('./**/*.astro')));
  const lessons = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  const paths = [
    ...pages.map((p) => url(p)),
    ...lessons.map((l) => lessonPath(l.id)),
    ...FIGURES.map((f) => figurePath(f.id)),
  ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...new Set(paths)].map((p) => `  <url><loc>${escapeXml(new URL(p, base).href)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
