// `npm run figure-ids`: adds the catalog's new figure ids to tests/unit/figures/ids.json, the list of
// every id ever published (a figure's id is in links readers keep, so it is never renamed or
// removed). Run it once when a figure is ready to publish, and commit the file; the unit tests only
// compare the catalog with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

// The catalog finds its specs with import.meta.glob, which Vite (not plain Node) understands.
const { module: catalog } = await runnerImport('/src/figures/catalog.ts', { configFile: false, logLevel: 'error' });
const { FIGURES } = catalog;

const FILE = new URL('../tests/unit/figures/ids.json', import.meta.url);
const known = JSON.parse(readFileSync(FILE, 'utf8'));
const added = FIGURES.map((f) => f.id).filter((id) => !known.includes(id));
if (added.length === 0) {
  console.log(`tests/unit/figures/ids.json already lists all ${FIGURES.length} figure ids.`);
} else {
  writeFileSync(FILE, JSON.stringify([...known, ...added].sort(), null, 2) + '\n');
  console.log(`added to tests/unit/figures/ids.json: ${added.join(', ')} (commit it: these ids are now public)`);
}
