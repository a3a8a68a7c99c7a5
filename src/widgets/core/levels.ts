// Its own module: a map drawn from exact level curves (the momentum bowl's ellipses) needs the
// levels without d3-contour.

/**
 * Thresholds between the grid's finite minimum and a high quantile, spaced evenly in
 * log(f − min + ε) so the many levels near a minimum and the steep walls both show.
 */
export function levels(values: Float64Array, count = 14): number[] {
  const finite = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (finite.length === 0) return [];
  const lo = finite[0]!;
  const hi = finite[Math.floor(0.92 * (finite.length - 1))]!;
  if (!(hi > lo)) return [lo];
  const eps = (hi - lo) * 1e-3;
  const a = Math.log(eps);
  const b = Math.log(hi - lo + eps);
  return Array.from({ length: count }, (_, k) => lo + Math.exp(a + ((b - a) * (k + 1)) / count) - eps);
}
