/**
 * A course page on another origin (a second port of 127.0.0.1), for the embed tests: each test puts
 * the HTML of a page body under a path and opens it.
 */
import { createServer, type Server } from 'node:http';

export interface Host {
  readonly server: Server;
  /** The host's origin, e.g. http://127.0.0.1:40123 */
  readonly origin: string;
  /** Serves `body` (inside a minimal HTML page) at `path` and returns its URL. */
  page(path: string, body: string, title?: string): string;
  close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
  const pages = new Map<string, { body: string; title: string }>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title}</title>` +
        `<link rel="icon" href="data:,"></head><body style="margin:0;font-family:sans-serif">${page.body}</body></html>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    server,
    origin,
    page(path, body, title = 'Course page') {
      pages.set(path, { body, title });
      return origin + path;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
