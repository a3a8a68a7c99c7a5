/**
 * The site built for a sub-path host, as tests/e2e/subpath.test.ts checks it: under /downhill/, into
 * `<dist>-subpath`, with a tracker set (so its "Report a problem" links can be checked). A full run
 * (`npm test`) builds it in the global setup beside the main build, using the second core; a run of
 * subpath.test.ts alone builds it there.
 */
import { spawn } from 'node:child_process';

export const SUBPATH_BASE = '/downhill/';
export const SUBPATH_TRACKER = 'https://tracker.example/downhill/issues/new';
export const subpathDist = (dist: string): string =>
  process.env.E2E_SUBPATH_DIST ?? `${dist.replace(/\/$/, '')}-subpath`;

/**
 * The environment for a build started from inside Vitest: without the variables Vitest sets for its
 * own Vite (BASE_URL=/ would otherwise reach Astro as import.meta.env.BASE_URL and undo the base).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST'].includes(k) || k.startsWith('VITEST_'))
      delete env[k];
  }
  return env;
}

/** Runs `npm run build` with `env` added; resolves with its exit status and its last output. */
export function runBuild(env: NodeJS.ProcessEnv, clean = false): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '-s', 'build'], {
      env: { ...(clean ? buildEnv() : process.env), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (b: Buffer) => {
      output = (output + b.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => done({ status: code ?? 1, output }));
  });
}

/** Builds the sub-path site from `dist`'s name. */
export function buildSubpath(dist: string): Promise<{ status: number; output: string }> {
  const out = subpathDist(dist);
  return runBuild(
    {
      NODE_ENV: 'production',
      DOWNHILL_BASE: SUBPATH_BASE,
      DOWNHILL_OUT: out,
      DOWNHILL_TRACKER_URL: SUBPATH_TRACKER,
      DOWNHILL_CACHE: `node_modules/.astro-${out.replace(/\W/g, '')}`,
    },
    true,
  );
}
