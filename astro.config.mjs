// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeMathScroll from './src/lib/rehypeMathScroll.mjs';
import { createHash } from 'node:crypto';
import { HIDE_SCRIPT, THEME_SCRIPT } from './src/lib/inlineScripts.mjs';

import { existsSync } from 'node:fs';
import rehypeGlossary from './src/content/rehypeGlossary.ts';
import { pointerCheck, rehypePointers } from './src/content/pointers.ts';
import { figureIslandsPlugin } from './scripts/figureIslands.mjs';

/** The CSP hash of an inline script. @param {string} s @returns {`sha256-${string}`} */
const sha256 = (s) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

// DOWNHILL_BASE lets the same source build for a sub-path host (e.g. /downhill/).
const base = process.env.DOWNHILL_BASE ?? '/';
const site = process.env.DOWNHILL_SITE ?? 'https://downhill.example.org';
// The glossary whose terms are marked at their first use in each lesson (see src/content/rehypeGlossary.ts).
const contentGlossary = `${process.env.DOWNHILL_CONTENT ?? './content'}/glossary.yaml`;
const glossaryFile = existsSync(contentGlossary) ? contentGlossary : './content/glossary.yaml';

export default defineConfig({
  site,
  base,
  output: 'static',
  // Parallel builds (tests, benchmarks, sub-path checks) each get their own folders.
  outDir: process.env.DOWNHILL_OUT ?? './dist',
  cacheDir: process.env.DOWNHILL_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  // pointerCheck: once the pages are written, every prose pointer's parts are drawn by its figure.
  integrations: [mdx(), svelte(), pointerCheck()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [rehypeKatex, rehypeMathScroll, [rehypeGlossary, { file: glossaryFile, base }], rehypePointers],
    }),
  },
  build: { inlineStylesheets: 'auto', format: 'directory' },
  vite: {
    plugins: [
      // Each figure's island, written into FigureIsland.astro from the widgets (scripts/figureIslands.mjs).
      figureIslandsPlugin(),
      {
        // Vite wraps every import() in a preload helper (0.9 KB gzip on every figure page) that
        // fetches the imported chunk's dependencies early. With modulePreload off and no CSS in
        // any lazy chunk (the budget test checks), it has nothing to do: a plain import() remains.
        name: 'downhill:plain-dynamic-import',
        enforce: 'pre',
        /** @param {string} id */
        load(id) {
          return id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null;
        },
      },
    ],
    build: {
      // Stylesheets under 4 KB go into the page (one render-blocking request fewer; Astro hashes
      // them into the CSP). Nothing else is inlined: fonts and images stay files, which the CSP's
      // font-src and img-src 'self' expect.
      /** @param {string} file @param {Buffer} content */
      assetsInlineLimit: (file, content) => file.endsWith('.css') && content.length < 4096,
      modulePreload: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Shared by the lessons' own scripts and the figures: small chunks of their own, so
              // that a lesson's "show me" links do not load the figures' code before a figure does.
              { name: 'preload-helper', test: /preload-helper/, priority: 10 },
              { name: 'events', test: /src[\\/]figures[\\/](events|query)\.ts/, priority: 10 },
              // What every figure page needs (the Svelte runtime, the figure frame and its URL, the
              // table-driven controls, axes, paths, the timeline, the stepping core of the optimizer
              // module) as one chunk: a page loaded some twenty small chunks before, each compressed on
              // its own. The budget test sums them per page, so a group holds what its pages share.
              {
                name: 'figure-core',
                test: /node_modules[\\/](svelte|@astrojs[\\/]svelte)[\\/]|src[\\/]widgets[\\/]core[\\/](Figure\w+|ParamSlider|ParamSelect|ParamReseed|Slider|Axes|frame|Icon|playback|path|figure|scale)\b|src[\\/]figures[\\/](url|state|spec|format)\b|src[\\/]optim[\\/](stepper|validate|vec|descent)\b/,
              },
              // What the figures that step through a run computed in the page add: its player and the
              // runner (the tiny network, which trains as it plays, needs neither).
              { name: 'figure-run', test: /src[\\/]widgets[\\/]core[\\/]player\b|src[\\/]optim[\\/]runner\b/ },
              // What the figures with a draggable start add: the handle and the words for a run.
              {
                name: 'figure-handle',
                test: /src[\\/]widgets[\\/]core[\\/](Handle|ParamHandle|words)\b/,
              },
              // The line's data and loss, which the line fits share; the tiny network with the logistic
              // losses it is made of (figures 6.3, 7.x); the two-class data sets it and the playground train
              // on (the backpropagation graph needs the network but no data set). Apart: none needs the others.
              {
                name: 'figure-data',
                test: /src[\\/]optim[\\/](losses|datasets)\b|src[\\/]figures[\\/]lessons[\\/]data\b/,
              },
              { name: 'figure-net', test: /src[\\/]optim[\\/](classify|tinyNet)\b/ },
              { name: 'figure-classes', test: /src[\\/]optim[\\/]twoClass\b/ },
              // The seeded generator and the mean-over-examples builder under those, which lesson 8's
              // samples and fits also use without the data sets: a chunk of their own.
              { name: 'figure-sample', test: /src[\\/]optim[\\/](random|dataObjective)\b/, priority: 5 },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy as a <meta> on every page: scripts and styles only from the
  // site or by hash, no eval (Pagefind's WebAssembly aside), nothing from another origin. KaTeX
  // positions glyphs with style attributes, so those (and only those) are allowed inline.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [sha256(THEME_SCRIPT), sha256(HIDE_SCRIPT)],
      },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
