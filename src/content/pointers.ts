/**
 * Prose that points into figures. `<Pointer figure="descent-2d" to="path current">the walk</Pointer>`
 * in a lesson is a link to the figure whose hover or focus highlights the named parts of it (CSS
 * only: the lesson page writes one `:has()` rule a pointer, `pointerCss`); `<FigureRef id="…" />` is
 * "Figure 4.4", a link with a preview of the figure (src/components/FigureRef.astro). The names are
 * the few below, each a data attribute the widgets draw. What can be wrong fails the build naming the
 * lesson file: an unknown figure or name when the page renders, a name the figure does not draw (in
 * its default state) once the pages are written (`undrawnPointers`, run by `pointerCheck`).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a figure a phrase can name, and the attribute that marks each in the widgets' SVG. */
export const POINTER_PARTS = {
  /** The marked minimum of a loss (a ring or a dot). */
  minimum: 'data-minimum',
  /** The line of a run's walk so far. */
  path: 'data-trail',
  /** The dots at each step of a walk. */
  dots: 'data-step-dot',
  /** The marker of the current step. */
  current: 'data-current',
  /** The figure's draggable points (a run's start, a line's handles). */
  handle: 'data-handle',
  /** The fitted line or curve drawn over the data. */
  fit: 'data-fit-line',
} as const;

export type PointerPart = keyof typeof POINTER_PARTS;

/** The names in a `to` list ("path current" → ['path', 'current']). */
export const partsOf = (to: string): string[] => to.trim().split(/\s+/).filter(Boolean);

/** What the checks need to know of the figures: a figure's lesson (undefined: no such figure), and what to say of an unknown id. */
export interface FigureFacts {
  lessonOf(id: string): string | undefined;
  unknown(id: string): string;
}

/** The lesson a lesson file is ("content/lessons/loss.mdx" → "loss"). */
const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx?$/, '');

/**
 * What is wrong with a `<Pointer figure to>` in `file`, in words naming the file (empty when nothing
 * is): an unknown figure, a figure of another lesson (a phrase points only into its own page), no
 * part or an unknown one.
 */
export function pointerProblems(file: string, figure: string, to: string, figures: FigureFacts): string[] {
  const lesson = figures.lessonOf(figure);
  if (lesson === undefined) return [`${file}: <Pointer> names ${figures.unknown(figure)}`];
  if (lesson !== slugOf(file))
    return [
      `${file}: <Pointer figure="${figure}"> points into a figure of lesson "${lesson}": a phrase points only into ` +
        `its own lesson's figures (name another lesson's with <FigureRef id="${figure}" />)`,
    ];
  const parts = partsOf(to);
  if (parts.length === 0) return [`${file}: <Pointer figure="${figure}"> names no part (to="…" takes ${knownParts()})`];
  return parts
    .filter((p) => !Object.hasOwn(POINTER_PARTS, p))
    .map((p) => `${file}: <Pointer figure="${figure}"> names unknown part "${p}" (the parts are ${knownParts()})`);
}

/** What is wrong with a `<FigureRef id>` in `file` (empty when nothing is): an unknown figure. */
export const figureRefProblems = (file: string, id: string, figures: FigureFacts): string[] =>
  figures.lessonOf(id) === undefined ? [`${file}: <FigureRef> names ${figures.unknown(id)}`] : [];

const knownParts = () =>
  Object.keys(POINTER_PARTS)
    .map((k) => `"${k}"`)
    .join(', ');

/** A pointer as the lesson page collects it. */
export interface PointerUse {
  readonly figure: string;
  readonly to: string;
}

const attrValue = (v: string) => v.replace(/["\\]/g, '\\$&');

/**
 * The page's highlight rules: while a pointer is hovered or focused, the parts it names in its figure
 * take `--pointed` (global.css), one rule for each different pointer. Unknown parts are left out (the
 * component has failed the build on them already).
 */
export function pointerCss(uses: readonly PointerUse[]): string {
  const seen = new Set<string>();
  let css = '';
  for (const { figure, to } of uses) {
    const parts = partsOf(to).filter((p): p is PointerPart => Object.hasOwn(POINTER_PARTS, p));
    const key = `${figure} ${parts.join(' ')}`;
    if (parts.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const phrase = `[data-pointer="${attrValue(figure)}"][data-to="${attrValue(parts.join(' '))}"]`;
    const targets = parts.map((p) => `[${POINTER_PARTS[p]}]`).join(',');
    css += `:root:has(${phrase}:is(:hover,:focus)) #${cssId(figure)} :is(${targets}){filter:var(--pointed)}`;
  }
  return css;
}

const cssId = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c}`);

/** The markup of the element that opens at `start` (an opening tag `<name`), through its closing tag. */
function elementAt(html: string, start: number, name: string): string {
  const tags = new RegExp(`<${name}\\b|</${name}>`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let m; (m = tags.exec(html));) {
    depth += m[0] === `</${name}>` ? -1 : 1;
    if (depth === 0) return html.slice(start, tags.lastIndex);
  }
  return html.slice(start);
}

/**
 * What the pointers of a built lesson page name that their figure does not draw, in words naming the
 * lesson's file (empty when every name is drawn): a figure missing from the page, or a part with no
 * element in the figure's server-rendered (default) markup.
 */
export function undrawnPointers(html: string, file: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*\bdata-pointer="([^"]+)"[^>]*\bdata-to="([^"]*)"/g)) {
    const [, figure, to] = m as unknown as [string, string, string];
    if (seen.has(`${figure} ${to}`)) continue;
    seen.add(`${figure} ${to}`);
    const at = html.search(new RegExp(`<figure\\b[^>]*\\bdata-figure="${figure.replace(/[^\w-]/g, '\\$&')}"`));
    if (at < 0) {
      problems.push(`${file}: <Pointer figure="${figure}"> points into a figure this page does not show`);
      continue;
    }
    const markup = elementAt(html, at, 'figure');
    for (const part of partsOf(to)) {
      const attr = POINTER_PARTS[part as PointerPart];
      if (attr && !new RegExp(`<[a-zA-Z][^>]*\\s${attr}[\\s=>/]`).test(markup))
        problems.push(
          `${file}: <Pointer figure="${figure}" to="${to}"> names "${part}", which figure "${figure}" does not draw ` +
            `(no ${attr} element in its default state)`,
        );
    }
  }
  return problems;
}

/** The lesson file a built page comes from ("lessons/loss/" → "content/lessons/loss.mdx"). */
export const lessonFileOf = (pathname: string, contentDir = process.env.DOWNHILL_CONTENT ?? 'content'): string =>
  `${contentDir.replace(/^\.\//, '').replace(/\/$/, '')}/lessons/${pathname.replace(/^\/?lessons\//, '').replace(/\/$/, '')}.mdx`;

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
}
interface VFileLike {
  path?: string;
  history?: string[];
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * The rehype plugin: tells each `<Pointer>` and `<FigureRef>` its lesson file (`file`, for the
 * build's messages) and each `<FigureRef>` its place on the page (`n`, for the preview's id), and
 * lists the page's pointers in its frontmatter as `pointers` (the lesson page writes their CSS).
 */
export function rehypePointers() {
  return (tree: MdxNode, vfile: VFileLike) => {
    const path = vfile.path ?? vfile.history?.[0] ?? '';
    const file = relative(process.cwd(), path.startsWith('file:') ? fileURLToPath(path) : path);
    const pointers: PointerUse[] = [];
    let refs = 0;
    const attr = (node: MdxNode, name: string) => {
      const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
      return typeof a?.value === 'string' ? a.value : '';
    };
    const visit = (node: MdxNode) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name) {
        if (node.name === 'Pointer' || node.name === 'FigureRef') {
          node.attributes ??= [];
          node.attributes.push({ type: 'mdxJsxAttribute', name: 'file', value: file });
        }
        if (node.name === 'Pointer') pointers.push({ figure: attr(node, 'figure'), to: attr(node, 'to') });
        if (node.name === 'FigureRef')
          node.attributes!.push({ type: 'mdxJsxAttribute', name: 'n', value: String(++refs) });
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    if (pointers.length > 0) ((vfile.data.astro ??= {}).frontmatter ??= {}).pointers = pointers;
  };
}

/** The integration that checks, once the pages are written, that every pointer's parts are drawn. */
export function pointerCheck() {
  return {
    name: 'downhill:pointer-check',
    hooks: {
      'astro:build:done': ({ dir, pages }: { dir: URL; pages: { pathname: string }[] }) => {
        const problems = pages
          .filter((p) => /^\/?lessons\/[^/]+\/?$/.test(p.pathname))
          .flatMap((p) => {
            const html = readFileSync(new URL(`${p.pathname.replace(/^\//, '')}index.html`, dir), 'utf8');
            return undrawnPointers(html, lessonFileOf(p.pathname));
          });
        if (problems.length > 0) throw new Error(`Pointers into figures:\n  - ${problems.join('\n  - ')}`);
      },
    },
  };
}
