/**
 * How a loss map looks, apart from its geometry (contours.ts): its colours and its markup (its
 * legend is mapLegend.ts). Modules of their own, so that a figure drawing exact level sets (the
 * momentum bowl's ellipses) does not load d3-contour with the shared contour chunk, and one whose
 * legend is drawn on the server does not load the legend's code.
 */
import type { Band } from './contours.ts';

/**
 * Where the map's colour above level k of n (k = −1: below the lowest level) sits on the theme's
 * sequential ramp, as the custom property --t that global.css's `.map path` and `.map-legend i`
 * read: --t = 0 is --map-lo (low loss), 100 % is --map-hi. The ramp is mixed in OKLCH, so its
 * lightness rises evenly and the order survives greyscale and colour-blind eyes; global.css keeps
 * it light enough in the light theme, and dark enough in the dark one, for every path and marker
 * colour drawn over it to keep 3:1 (tests/e2e/maps.test.ts).
 */
export const mapStep = (k: number, n: number): string => `--t:${Math.round((100 * (k + 1)) / n)}%`;

/**
 * A contour map as SVG markup, for a `<g class="map">`: a rect of the lowest colour under the
 * grid's extent (`box`: left, top, right, bottom), then each level's region painted over it from
 * low to high, so the colour at a point says its band; global.css draws a thin line at each level.
 */
export function mapMarkup(paths: readonly Band[], box: readonly [number, number, number, number]): string {
  const [l, t, r, b] = box;
  return (
    `<rect x="${l}" y="${t}" width="${r - l}" height="${b - t}"/>` +
    paths.map((p, k) => `<path d="${p.d}" style="${mapStep(k, paths.length)}"/>`).join('')
  );
}
