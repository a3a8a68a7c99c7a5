/**
 * The principal directions of a two-parameter bowl (lesson 4): the curvatures of the symmetric
 * 2×2 matrix [[a, b], [b, c]] of second derivatives, λ = (a + c)/2 ± √(((a − c)/2)² + b²), and the
 * unit direction each one belongs to.
 */
export interface PrincipalDirection {
  /** The curvature along the direction. */
  readonly lambda: number;
  /** A unit vector along it (the one with a non-negative first coordinate). */
  readonly direction: readonly [number, number];
  /** Its angle from the θ₁ axis, in degrees, in (−90, 90]. */
  readonly degrees: number;
}

/** The gentlest direction first, then the most sharply curved (at right angles to it). */
export function principalDirections(
  a: number,
  b: number,
  c: number,
): readonly [PrincipalDirection, PrincipalDirection] {
  const mid = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const of = (lambda: number): PrincipalDirection => {
    // (A − λI)v = 0: v ∥ (b, λ − a), or (λ − c, b) when that one vanishes (b = 0).
    let [x, y] = Math.abs(b) > 1e-15 ? [b, lambda - a] : Math.abs(lambda - a) < 1e-15 ? [1, 0] : [0, 1];
    const n = Math.hypot(x, y);
    [x, y] = [x / n, y / n];
    if (x < 0 || (x === 0 && y < 0)) [x, y] = [-x, -y];
    return { lambda, direction: [x, y], degrees: (Math.atan2(y, x) * 180) / Math.PI };
  };
  return [of(mid - r), of(mid + r)];
}
