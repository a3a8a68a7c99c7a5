// Serves dist-l6 and runs e2e files with an async child (scripts/test.mjs's spawnSync blocks its own server).
import { spawn } from 'node:child_process';
import { serve } from './serve.mjs';
const { server, url } = await serve({ root: 'dist-l6' });
const child = spawn('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit', env: { ...process.env, E2E_BASE: url, E2E_DIST: 'dist-l6', CHROMIUM_PATH: '/usr/bin/chromium' },
});
child.on('exit', (code) => { server.close(); process.exit(code ?? 1); });
