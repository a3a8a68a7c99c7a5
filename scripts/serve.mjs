// A small static server for dist/: the site as a static host would serve it, on 127.0.0.1.
// Serves under a base path (DOWNHILL_BASE), answers 404 with 404.html, sends the headers
// listed in dist/_headers (the Content-Security-Policy among them), and gzips text as every
// static host does (so Lighthouse and the latency bench see the bytes a reader would).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
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

export function serve({ root = 'dist', port = 0, base = '/' } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : base + '/';
  const headers = globalHeaders(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    const send = async (file, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const zip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = zip ? gzipSync(await readFile(file)) : await readFile(file);
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(zip ? { 'content-encoding': 'gzip' } : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) return send(page, 404);
      res.writeHead(404).end('not found');
    };
    try {
      if (!path.startsWith(prefix)) {
        if (path === prefix.slice(0, -1)) {
          res.writeHead(301, { location: prefix }).end();
          return;
        }
        return notFound();
      }
      path = '/' + path.slice(prefix.length);
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) return notFound();
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) return send(file);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
          return;
        }
        const index = join(file, 'index.html');
        if (existsSync(index)) return send(index);
      }
      return notFound();
    } catch {
      res.writeHead(500).end('server error');
    }
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
