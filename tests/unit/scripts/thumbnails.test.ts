// The gallery's pictures (scripts/thumbnails.mjs): cut out of a figure page's first plot, without its
// text, with the rules of the page's CSS that can style it and its theme fixed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  cssFor,
  enclosingClasses,
  firstPlot,
  pictureOf,
  selectorApplies,
  thumbnail,
  writeThumbnails,
} from '../../../scripts/thumbnails.mjs';

const PLOT =
  '<svg class="fig-plot graph s-1" viewBox="0 0 400 300" role="group"><title>A plot</title><!--[-->' +
  '<g class="axis" aria-hidden="true"><line x1="0" x2="9"></line><text x="1">0.5</text></g>' +
  '<svg class="inset" viewBox="0 0 9 9"><circle r="2"></circle></svg>' +
  '<rect class="box s-1" width="9" height="9"></rect><!--]--></svg>';
const PAGE = `<html><head></head><body><div class="figure wrap"><p class="cap">x</p><br><div class="plots">${PLOT}<svg class="fig-plot"></svg></div></div></body></html>`;
const SHEET =
  ':root{--fg:light-dark(#111,#eee);--bg:light-dark(#fff,#000);--unused:red}' +
  '.fig-plot text{fill:var(--fg)}.fig-plot .axis line{stroke:var(--fg)}' +
  '.graph.s-1 .box:where(.s-1){fill:var(--bg)}.wrap .box{stroke:blue}' +
  '.box:hover{fill:red}.box:focus-visible{stroke:red}[data-x] .box{fill:red}.plots>.box{fill:red}' +
  '.other .box{fill:green}.figure{margin:2rem}:root[data-theme=dark]{--fg:#fff}' +
  '@media (max-width:40rem){.fig-plot text{font-size:18px}}';

describe('cutting the plot out of its page', () => {
  test('the first plot, whole, even with an SVG inside it', () => {
    expect(firstPlot(PAGE)).toBe(PLOT);
    expect(firstPlot('<div><svg class="icon"></svg></div>')).toBeUndefined();
    expect(firstPlot('<svg class="fig-plot"><svg>')).toBeUndefined();
  });

  test('the picture has no text, title, comments or roles, and is a standalone SVG', () => {
    const pic = pictureOf(PLOT);
    expect(pic).not.toMatch(/<text|<title|<!--|role=|aria-hidden/);
    expect(pic).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="fig-plot graph s-1"/);
    expect(pic).toContain('<rect class="box s-1"');
    expect(pic).toContain('<line x1="0" x2="9"></line>');
  });

  test('the classes of what encloses the plot on its page (closed and void elements left out)', () => {
    expect(enclosingClasses(PAGE, PAGE.indexOf(PLOT))).toEqual(['figure', 'wrap', 'plots']);
  });
});

describe('which rules can style a still picture', () => {
  const inside = new Set(['fig-plot', 'box', 'graph', 's-1', 'axis']);
  const around = new Set([...inside, 'wrap']);
  test.each([
    ['.fig-plot .axis line', true],
    ['.graph.s-1 .box:where(.s-1)', true],
    ['.wrap .box', true],
    [':root', true],
    ['.other .box', false], // an ancestor the plot does not have
    ['.wrap', false], // styles the enclosing element, not the picture
    ['.box:hover', false],
    ['.box:focus-visible', false],
    ['[data-x] .box', false],
    ['.plots>.box', false],
    ['circle', false],
    [':root[data-theme=dark]', false],
  ])('%s: %s', (selector, applies) => {
    expect(selectorApplies(selector, inside, around)).toBe(applies);
  });

  test('the CSS kept: applicable rules and the tokens they use, no media queries', () => {
    const css = cssFor(pictureOf(PLOT), [SHEET], ['figure', 'wrap', 'plots']);
    expect(css).toBe(
      ':root{--fg:light-dark(#111,#eee);--bg:light-dark(#fff,#000)}' +
        '.fig-plot text{fill:var(--fg)}.fig-plot .axis line{stroke:var(--fg)}' +
        '.graph.s-1 .box:where(.s-1){fill:var(--bg)}.wrap .box{stroke:blue}',
    );
  });

  test('each theme fixes color-scheme; the root takes on the enclosing classes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = thumbnail(PLOT, [SHEET], theme, ['wrap', 'graph']);
      expect(svg).toMatch(
        new RegExp(
          `^<svg [^>]*class="fig-plot graph s-1 wrap"[^>]*><style>[^<]*:root\\{color-scheme:${theme}\\}</style>`,
        ),
      );
    }
  });
});

describe('writing the pictures of a build', () => {
  const out = mkdtempSync(join(tmpdir(), 'thumbs-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  mkdirSync(join(out, '_astro'));
  writeFileSync(join(out, '_astro', 'Base.abc.css'), SHEET);

  test('one file a theme beside each page, with the CSS of the sheet the page links (under a base path too)', () => {
    mkdirSync(join(out, 'figures', 'a'), { recursive: true });
    writeFileSync(
      join(out, 'figures', 'a', 'index.html'),
      PAGE.replace(
        '<head>',
        '<head><link rel="stylesheet" href="/book/_astro/Base.abc.css"><style>.box{opacity:.5}</style>',
      ),
    );
    expect(writeThumbnails(out, ['a'])).toEqual(['a']);
    const light = readFileSync(join(out, 'figures', 'a', 'thumb-light.svg'), 'utf8');
    const dark = readFileSync(join(out, 'figures', 'a', 'thumb-dark.svg'), 'utf8');
    expect(light).toContain('.fig-plot .axis line{stroke:var(--fg)}');
    expect(light).toContain('.box{opacity:.5}');
    expect(light).toContain('color-scheme:light');
    expect(dark).toContain('color-scheme:dark');
    expect(light.replace('light}', '')).toBe(dark.replace('dark}', ''));
  });

  test('a page with no plot is named, not skipped', () => {
    mkdirSync(join(out, 'figures', 'b'), { recursive: true });
    writeFileSync(join(out, 'figures', 'b', 'index.html'), '<html><body><p>no plot</p></body></html>');
    expect(() => writeThumbnails(out, ['b'])).toThrow(/figures\/b\/index\.html has no <svg class="fig-plot">/);
  });
});
