import { pageWeight } from './scripts/weight.mjs';
for (const p of ['figures/sgd-paths/','figures/tiny-network/','figures/degree-sweep/','figures/first-descent/']) {
  const w = pageWeight('dist', '/', '/' + p);
  console.log(p, w.jsHydrated.gzip, JSON.stringify(Object.keys(w)));
  if (w.files) console.log(w.files);
}
