import { pageWeight } from './scripts/weight.mjs';
for (const p of ['figures/degree-sweep/','figures/early-stopping/','figures/penalty-landscape/','figures/universal-approximation/','lessons/generalization/'])
  console.log(p, pageWeight('dist', '/', '/' + p).jsHydrated.gzip);
