import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
for (const file of process.argv.slice(2)) {
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const bytes = new Map();
const segs = [];
map.eachMapping((m) => segs.push(m), null, SourceMapConsumer.GENERATED_ORDER);
for (let i = 0; i < segs.length; i++) {
  const m = segs[i], n = segs[i + 1];
  const line = lines[m.generatedLine - 1] ?? '';
  const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : line.length;
  const src = (m.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
  const key = src.startsWith('nm/svelte') ? 'nm/svelte' : src;
  bytes.set(key, (bytes.get(key) ?? 0) + end - m.generatedColumn);
}
const total = [...bytes.values()].reduce((a, b) => a + b, 0);
const gz = gzipSync(code, { level: 9 }).length;
console.log('==', file.split('/').pop(), 'raw', code.length, 'gzip', gz);
for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(7), String(Math.round(v / total * gz)).padStart(6), k);
}
