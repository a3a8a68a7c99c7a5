/** /robots.txt: everything may be crawled; the sitemap's absolute URL follows the configured site and base. */
import type { APIRoute } from 'astro';
import { url } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(url('sitemap.xml'), site ?? 'https://downhill.example.org').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
