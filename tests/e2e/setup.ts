/**
 * The end-to-end suite's global setup: build the site and serve it on 127.0.0.1 (on a free port), so
 * `vitest run --config tests/e2e/vitest.config.ts` (`npm run test:e2e`) works on its own. With
 * E2E_BASE set, the tests go to that server instead and nothing is built (E2E_DIST names its folder).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { buildSubpath, runBuild } from './subpathBuild.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the site under test, ending in its base path. */
    e2eBase: string;
    /** The folder of the build being served. */
    e2eDist: string;
    /** Whether the setup built the sub-path site too (E2E_SUBPATH_ALONGSIDE=1, set by `npm test`). */
    e2eSubpathBuilt: boolean;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const dist = process.env.E2E_DIST ?? process.env.DOWNHILL_OUT ?? 'dist';
  project.provide('e2eDist', dist);
  if (process.env.E2E_BASE) {
    project.provide('e2eBase', process.env.E2E_BASE);
    project.provide('e2eSubpathBuilt', false);
    return undefined;
  }
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium))
    throw new Error(
      `Chromium is missing at ${chromium}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  // The sub-path site builds at the same time when the whole suite runs: a build is mostly one
  // thread, and the machine has two cores.
  const alongside = process.env.E2E_SUBPATH_ALONGSIDE === '1';
  const [build, subpath] = await Promise.all([
    // Vitest sets NODE_ENV=test, under which Svelte compiles its development build (about a third
    // larger, with checks a reader never runs): build what a reader gets.
    runBuild({ NODE_ENV: 'production', DOWNHILL_OUT: dist }),
    alongside ? buildSubpath(dist) : undefined,
  ]);
  if (build.status !== 0)
    throw new Error(`the build failed (npm run build, exit ${build.status}): nothing to test\n${build.output}`);
  if (subpath && subpath.status !== 0) throw new Error(`the sub-path build failed:\n${subpath.output.slice(-4000)}`);
  project.provide('e2eSubpathBuilt', alongside);
  const { server, url } = await serve({ root: dist, base: process.env.DOWNHILL_BASE ?? '/' });
  console.log(`serving ${dist}/ at ${url}`);
  project.provide('e2eBase', url);
  return () => server.close();
}
