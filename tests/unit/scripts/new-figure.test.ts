// `npm run new:figure`: the two files a figure needs, and a clear refusal for a bad request.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { figureIslands } from '../../../scripts/figureIslands.mjs';

const SCRIPT = resolve('scripts/new-figure.mjs');

/** A scratch project with one lesson and the published ids; runs the script there. */
function scaffold(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'downhill-new-figure-'));
  mkdirSync(join(dir, 'content/lessons'), { recursive: true });
  mkdirSync(join(dir, 'tests/unit/figures'), { recursive: true });
  mkdirSync(join(dir, 'src/widgets/figures'), { recursive: true });
  writeFileSync(join(dir, 'content/lessons/sgd.mdx'), '---\ntitle: SGD\norder: 5\n---\n');
  writeFileSync(join(dir, 'tests/unit/figures/ids.json'), JSON.stringify(['sgd-paths']));
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
  return { dir, status: r.status, out: r.stdout + r.stderr };
}

describe('npm run new:figure', () => {
  test('writes a spec named after its id in its lesson folder, and a widget that imports it as spec', () => {
    const { dir, status, out } = scaffold('sgd', 'batch-noise');
    expect(status, out).toBe(0);
    const spec = readFileSync(join(dir, 'src/figures/lessons/sgd/batch-noise.ts'), 'utf8');
    expect(spec).toContain("export const batchNoise = defineFigure({\n  id: 'batch-noise',\n  lesson: 'sgd',");
    // The island list finds it: nothing else to register.
    expect([...figureIslands(dir).values()]).toEqual([
      { id: 'batch-noise', lesson: 'sgd', component: 'BatchNoise', file: 'src/widgets/figures/BatchNoise.svelte' },
    ]);
    expect(out).toContain('<Figure id="batch-noise" /> in content/lessons/sgd.mdx');
  });

  test('refuses an id that is not kebab-case, one already published, a missing lesson, or no arguments', () => {
    expect(scaffold('sgd', 'BatchNoise').out).toContain('"BatchNoise" is not kebab-case');
    expect(scaffold('sgd', 'sgd-paths').out).toContain('"sgd-paths" is taken: tests/unit/figures/ids.json lists it');
    expect(scaffold('nope', 'x-y').out).toContain('there is no lesson "nope" (content/lessons/nope.mdx)');
    const bare = scaffold();
    expect(bare.status).toBe(1);
    expect(bare.out).toContain('usage: npm run new:figure -- <lesson> <id>');
  });
});
