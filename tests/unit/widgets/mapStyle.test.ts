import { describe, expect, test } from 'vitest';
import { mapMarkup, mapStep } from '../../../src/widgets/core/mapStyle.ts';
import { legendMarkup } from '../../../src/widgets/core/mapLegend.ts';

describe('mapStep', () => {
  test('below the lowest level is the ramp’s start, above the highest its end, evenly between', () => {
    expect(mapStep(-1, 4)).toBe('--t:0%');
    expect(mapStep(0, 4)).toBe('--t:25%');
    expect(mapStep(3, 4)).toBe('--t:100%');
    expect(mapStep(1, 3)).toBe('--t:67%');
  });
});

describe('mapMarkup', () => {
  test('a rect of the lowest colour over the window, then the bands from low to high', () => {
    const out = mapMarkup(
      [
        { value: 1, d: 'M0,0l1,0z' },
        { value: 2, d: 'M1,1l1,0z' },
      ],
      [10, 5, 110, 85],
    );
    expect(out).toBe(
      '<rect x="10" y="5" width="100" height="80"/><path d="M0,0l1,0z" style="--t:50%"/><path d="M1,1l1,0z" style="--t:100%"/>',
    );
  });
});

describe('legendMarkup', () => {
  const levels = [0.0213, 0.05, 0.12, 0.3, 0.84, 2.1, 27.04];
  const html = legendMarkup(levels, 'mean squared error');
  test('one swatch per band, the same steps as the map', () => {
    const swatches = [...html.matchAll(/<i style="([^"]*)"><\/i>/g)].map((m) => m[1]);
    expect(swatches).toEqual(Array.from({ length: levels.length + 1 }, (_, k) => mapStep(k - 1, levels.length)));
  });
  test('the lowest, middle and highest level, each under the edge after its own colour', () => {
    const ticks = [...html.matchAll(/<span style="left:([\d.]+)%">([^<]*)<\/span>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(ticks).toEqual([
      [12.5, '0.021'],
      [50, '0.3'],
      [87.5, '27'],
    ]);
  });
  test('says in words what the colours mean, for a reader who cannot see them', () => {
    expect(html).toContain('role="img"');
    expect(html).toContain(
      'aria-label="Colours: mean squared error, the darker the lower, from under 0.021 to over 27"',
    );
    expect(html).toContain('<b>mean squared error</b>');
  });
  test('no levels (a flat function): no legend; one or two levels: no repeated tick', () => {
    expect(legendMarkup([])).toBe('');
    expect([...legendMarkup([1, 2]).matchAll(/left:/g)]).toHaveLength(2);
    expect([...legendMarkup([5]).matchAll(/left:/g)]).toHaveLength(1);
  });
});
