import { pageWeight } from './scripts/weight.mjs';
import { readdirSync } from 'node:fs';
const out = [];
for (const d of readdirSync('dist/figures', { withFileTypes: true })) if (d.isDirectory()) out.push([d.name, pageWeight('dist', '/', `/figures/${d.name}/`).jsHydrated.gzip]);
console.log(out.map(([n, v]) => `${n}:${v}${v > 35840 ? '!' : ''}`).join(' '));
