// The static server behind `npm start` and the end-to-end tests must answer every request and never
// fall over: it is attacked here with raw HTTP (no client normalizes the paths first), then asked
// for a normal page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../../scripts/serve.mjs';

const SECRET = 'sibling folder secret';
let tmp = '';
let server: { close(): void; address(): unknown } | undefined;
let port = 0;

/** Sends `request` verbatim and returns the status code and the whole answer. */
function raw(request: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5000, () => fail(new Error(`no answer to ${JSON.stringify(request.slice(0, 80))}`)));
    socket.on('data', (d) => (text += d.toString('latin1')));
    const finish = () => done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    // The server may close while a long request is still being written: what it answered still counts.
    socket.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE' ? finish() : fail(e),
    );
    socket.on('end', finish);
    socket.write(request);
  });
}
const get = (path: string, method = 'GET') =>
  raw(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(tmp, 'dist', 'lessons', 'loss'), { recursive: true });
  writeFileSync(join(tmp, 'dist', 'index.html'), '<h1>home</h1>');
  writeFileSync(join(tmp, 'dist', 'lessons', 'loss', 'index.html'), '<h1>loss</h1>');
  writeFileSync(join(tmp, 'dist', '404.html'), '<h1>not here</h1>');
  // A sibling whose name starts with the served folder's: never reachable through it.
  mkdirSync(join(tmp, 'dist-subpath'));
  writeFileSync(join(tmp, 'dist-subpath', 'secret.txt'), SECRET);
  writeFileSync(join(tmp, 'secret.txt'), SECRET);
  const started = await serve({ root: join(tmp, 'dist') });
  server = started.server;
  port = Number(new URL(started.url).port);
});
afterAll(() => {
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  test.each([
    ['/%', 400],
    ['/%E0%A4%A', 400],
    ['/%ZZ', 400],
    ['/lessons/%', 400],
    ['/%00', 400],
    ['/index.html%00.txt', 400],
  ])('a malformed path %s gets %i, not a crash', async (path, status) => {
    expect((await get(path)).status).toBe(status);
  });

  test.each([
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%2fdist-subpath/secret.txt',
    '/../dist-subpath/secret.txt',
    '/lessons/../../dist-subpath/secret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
  ])('a traversal %s reaches nothing outside the folder', async (path) => {
    const { status, text } = await get(path);
    expect([400, 404]).toContain(status);
    expect(text).not.toContain(SECRET);
  });

  test('very long paths get an answer', async () => {
    expect((await get('/' + 'a'.repeat(3000))).status).toBe(414);
    expect((await get('/' + '%'.repeat(3000))).status).toBe(414);
    // Longer than Node's header limit: Node answers 431 and closes (the answer may be lost in the reset).
    expect([0, 431]).toContain((await get('/' + 'a'.repeat(100_000))).status);
    expect((await get('/')).status).toBe(200);
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'BREW'])(
    'method %s is refused with 405 or 400',
    async (method) => {
      const { status } = await get('/', method);
      expect([400, 405]).toContain(status);
    },
  );

  test('odd request targets and garbage get an answer', async () => {
    expect((await get('http://evil.example/')).status).toBe(400);
    expect((await get('*', 'OPTIONS')).status).toBe(405);
    expect((await raw('\u0000\u0001 garbage\r\n\r\n')).status).toBe(400);
    // A doubled slash must not redirect to another host ("//lessons/" is protocol-relative).
    const redirect = await get('//lessons');
    expect(redirect.status).toBe(301);
    expect(redirect.text).toMatch(/\r\nlocation: \/lessons\/\r\n/i);
  });

  test('after all that, pages are still served, HEAD without a body', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<h1>home</h1>');
    const dir = await get('/lessons/loss');
    expect(dir.status).toBe(301);
    expect(dir.text).toMatch(/\r\nlocation: \/lessons\/loss\/\r\n/i);
    expect((await get('/lessons/loss/?a=%')).text).toContain('<h1>loss</h1>');
    const missing = await get('/no/such/page/');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('not here');
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.text).not.toContain('<h1>');
  });
});
