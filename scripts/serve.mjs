// A small static server for dist/: the site as a static host would serve it, on 127.0.0.1.
// Serves under a base path (DOWNHILL_BASE), answers 404 with 404.html, sends the headers
// listed in dist/_headers (the Content-Security-Policy among them), and gzips text as every
// static host does (so Lighthouse and the latency bench see the bytes a reader would).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Headers for every path from a Netlify-style `_headers` file (only the `/*` block is used). */
function globalHeaders(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const out = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const i = line.indexOf(':');
    if (inAll && i > 0) out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

/** The longest path (in characters, before decoding) the server looks up; longer ones get 414. */
const MAX_PATH = 2048;

/**
 * The file a request path names under `dir`, or why not: a path that does not decode, holds a NUL or a
 * backslash, or leaves `dir` (`..`, encoded or not, or a sibling folder whose name starts like it) is
 * refused. Pure string work, so it can never throw.
 */
export function resolvePath(dir, prefix, rawPath) {
  if (rawPath.length > MAX_PATH) return { status: 414 };
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (/[\0\\]/.test(path)) return { status: 400 };
  if (!path.startsWith(prefix)) return { status: path === prefix.slice(0, -1) ? 301 : 404 };
  const file = normalize(join(dir, '/' + path.slice(prefix.length)));
  if (file !== dir && !file.startsWith(dir + sep)) return { status: 404 };
  return { status: 200, file };
}

export function serve({ root = 'dist', port = 0, base = '/' } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : base + '/';
  const headers = globalHeaders(dir);
  const send = async (req, res, file, status = 200) => {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const zip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const raw = await readFile(file);
    const body = zip ? gzipSync(raw) : raw;
    res.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(zip ? { 'content-encoding': 'gzip' } : {}),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const notFound = async (req, res) => {
    const page = join(dir, '404.html');
    if (existsSync(page)) return send(req, res, page, 404);
    res.writeHead(404).end('not found');
  };
  const plain = (res, status, extra = {}) =>
    res.writeHead(status, extra).end(status >= 400 ? `${status}\n` : undefined);

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, { allow: 'GET, HEAD' });
    // Origin-form only ("/path?query"): an absolute or "*" target is not for a static site.
    const target = req.url ?? '';
    if (!target.startsWith('/')) return plain(res, 400);
    const end = target.search(/[?#]/);
    const rawPath = end < 0 ? target : target.slice(0, end);
    const search = end < 0 ? '' : target.slice(end).replace(/#.*/, '');
    const found = resolvePath(dir, prefix, rawPath);
    if (found.status === 301) return plain(res, 301, { location: prefix });
    if (found.status === 404) return notFound(req, res);
    if (found.status !== 200) return plain(res, found.status);
    const info = await stat(found.file).catch(() => null);
    if (info?.isFile()) return send(req, res, found.file);
    if (info?.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        // One leading slash, so "//host" can never become a redirect to another site.
        return plain(res, 301, { location: '/' + rawPath.replace(/^\/+/, '') + '/' + search });
      }
      const index = join(found.file, 'index.html');
      if (existsSync(index)) return send(req, res, index);
    }
    return notFound(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // A request must never take the server down: answer it if we still can, drop it if not.
      if (!res.headersSent) res.writeHead(500).end('server error');
      else res.destroy();
    });
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      done({ server, url: `http://127.0.0.1:${p}${prefix}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve({
    root: process.env.DOWNHILL_DIST ?? 'dist',
    port,
    base: process.env.DOWNHILL_BASE ?? '/',
  });
  console.log(`Downhill is being served at ${url}  (Ctrl+C to stop)`);
}
