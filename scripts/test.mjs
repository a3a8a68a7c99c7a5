// `npm test`: every check the project has, in order, then one closing line "N passed, N failed".
// 1. the runtime is the pinned Node (not the machine's older one); 2. Chromium is there
// (installed with apt-get when running as root); 3. formatting (Prettier) and types; 4. unit
// tests; 5. end-to-end tests in Chromium against a production build served on 127.0.0.1 (the
// build and the server are the e2e suite's global setup, tests/e2e/setup.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.argv[2]; // optional: unit | e2e | check, then test-file filters
const filters = process.argv.slice(3);
const DIST = process.env.DOWNHILL_OUT ?? 'dist';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

function sh(cmd, args, env = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: run through npm (npm test), which uses the pinned Node 26.`);
  process.exit(1);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() === 0) {
    console.log("Chromium is missing: installing Debian's chromium with apt-get.");
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', 'chromium']);
    if (existsSync(CHROMIUM)) return true;
  }
  console.error(`Chromium is missing at ${CHROMIUM}: run "sudo apt-get install -y chromium" and try again.`);
  return false;
}

mkdirSync('test-results', { recursive: true });
const counts = { passed: 0, failed: 0 };
function tally(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += r.numPassedTests ?? 0;
    counts.failed +=
      (r.numFailedTests ?? 0) + (r.numTotalTestSuites && r.success === false && r.numFailedTests === 0 ? 1 : 0);
  } catch {
    counts.failed += 1;
  }
}
/** Runs vitest and tallies its JSON report. */
function vitest(config, out, env = {}) {
  rmSync(out, { force: true });
  const args = [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...filters,
  ];
  console.log(`\n▶ npx ${args.join(' ')}`);
  return new Promise((done) => {
    const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => {
      tally(out);
      done(code ?? 1);
    });
  });
}
let failed = false;
if (!only || only === 'check') {
  // The types are `npm run check` (package.json), the one place its flags are written.
  const status =
    sh('npx', ['prettier', '--check', '.', '--log-level', 'warn']) || sh('npm', ['run', '--silent', 'check']);
  if (status) {
    failed = true;
    counts.failed += 1;
  } else counts.passed += 1;
}
if (!only || only === 'unit') {
  if (await vitest('vitest.config.ts', `test-results/unit-${DIST.replace(/\W/g, '')}.json`)) failed = true;
}
if (!only || only === 'e2e') {
  if (!ensureChromium()) process.exit(1);
  // tests/e2e/setup.ts builds the site and serves it for the run.
  const out = `test-results/e2e-${DIST.replace(/\W/g, '')}.json`;
  // The whole suite: the sub-path site is built beside the main one (tests/e2e/subpathBuild.ts).
  const alongside = filters.length === 0 ? { E2E_SUBPATH_ALONGSIDE: '1' } : {};
  if (await vitest('tests/e2e/vitest.config.ts', out, { E2E_DIST: DIST, CHROMIUM_PATH: CHROMIUM, ...alongside }))
    failed = true;
}
console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
process.exit(failed || counts.failed > 0 ? 1 : 0);
