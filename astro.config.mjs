// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { existsSync } from 'node:fs';
import rehypeGlossary from './src/lib/rehypeGlossary.ts';

// DOWNHILL_BASE lets the same source build for a sub-path host (e.g. /downhill/).
const base = process.env.DOWNHILL_BASE ?? '/';
const site = process.env.DOWNHILL_SITE ?? 'https://downhill.example.org';
// The glossary whose terms are marked at their first use in each lesson (see src/lib/rehypeGlossary.ts).
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
  integrations: [mdx(), svelte()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [rehypeKatex, [rehypeGlossary, { file: glossaryFile, base }]],
    }),
  },
  build: { inlineStylesheets: 'never', format: 'directory' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
