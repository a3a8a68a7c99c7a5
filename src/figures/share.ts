/**
 * What the Share dialog hands a teacher, as text: the embed snippet and the citation line. Pure:
 * strings in, strings out (the dialog, src/widgets/core/share/ShareDialog.svelte, and the tests
 * share it). How a figure's links are written is src/figures/url.ts.
 */
import type { Theme } from './linkFormat.ts';
import type { FigureSpec } from './spec.ts';
import type { ParamTable, StateOf } from './state.ts';
import { lessonLink, standaloneLink } from './url.ts';

/** The site's name, as a citation and an iframe's title give it. */
export const SITE_NAME = 'Downhill';

/** Widths an embed is offered at (CSS px); the iframe never grows wider than its page. */
export const EMBED_WIDTHS = [480, 640, 800] as const;

/** Text for a double-quoted HTML attribute (or an element's content). */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `?a=1` + theme → `?a=1&theme=dark` (the theme goes last; none when the reader's own setting stands). */
export function withTheme(link: string, theme: Theme | null): string {
  if (!theme) return link;
  const hash = link.indexOf('#');
  const [base, tail] = hash < 0 ? [link, ''] : [link.slice(0, hash), link.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}theme=${theme}${tail}`;
}

export interface EmbedSnippet {
  /** The framed page's absolute URL (its state, hide list and theme included). */
  readonly src: string;
  /** The resize script's absolute URL (public/embed.js). */
  readonly script: string;
  /** CSS px: the most the iframe takes; it shrinks with a narrower page. */
  readonly width: number;
  /** CSS px: the height the figure needs at `width`, for pages that strip the script. */
  readonly height: number;
  /** What a screen reader announces for the frame. */
  readonly title: string;
}

/**
 * The HTML a teacher pastes: the iframe, sized for its figure, allowed to copy to the clipboard
 * (the Share dialog inside it copies links), then the one-line script that keeps it sized.
 */
export function embedSnippet({ src, script, width, height, title }: EmbedSnippet): string {
  const w = Math.round(width);
  const h = Math.max(1, Math.round(height));
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${w}" height="${h}"` +
    ` style="border:0;width:100%;max-width:${w}px" loading="lazy" allow="clipboard-write"></iframe>\n` +
    `<script async src="${escapeHtml(script)}"></script>`
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2 December 2026", the same in every locale. */
export function citationDate(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

export interface CitationParts {
  /** "4.2", or "P" for the playground (which is then named by its title alone). */
  readonly number: string;
  readonly title: string;
  readonly url: string;
  readonly accessed: Date;
}

/** Figure number, title, the book, the link to this state and the day it was taken. */
export function citation({ number, title, url, accessed }: CitationParts): string {
  const what = /^\d/.test(number) ? `Figure ${number}, “${title}”` : `“${title}”`;
  return `${what}, in ${SITE_NAME}: machine learning as optimization. ${url} (accessed ${citationDate(accessed)}).`;
}

/** An iframe's title: the book, the figure's number and its title. */
export function frameTitle(number: string, title: string): string {
  return /^\d/.test(number) ? `${SITE_NAME}, Figure ${number}: ${title}` : `${SITE_NAME}: ${title}`;
}

/**
 * The figures of a lesson page whose state the page's query holds (`<id>.<key>=…`), in page order:
 * a link to the page itself carries them all.
 */
export function figuresInQuery(search: string, ids: readonly string[]): string[] {
  const keys = [...new URLSearchParams(search).keys()].map((k) => k.toLowerCase());
  return ids.filter((id, i) => ids.indexOf(id) === i && keys.some((k) => k.startsWith(`${id.toLowerCase()}.`)));
}

/** One link the dialog offers, absolute. */
export interface ShareLink {
  readonly kind: 'lesson' | 'alone' | 'page';
  readonly label: string;
  readonly href: string;
}

export interface ShareInput<T extends ParamTable = ParamTable> {
  readonly spec: FigureSpec<T>;
  /** "4.2", or "P" for the playground. */
  readonly number: string;
  readonly state: StateOf<T>;
  /** Site paths of the figure's lesson (or the playground) and of its own page. */
  readonly lessonHref: string;
  readonly standaloneHref: string;
  /** The page the reader is on: its address, and the ids of the figures it shows. */
  readonly page: { readonly href: string; readonly ids: readonly string[] };
  /** The resize script's site path. */
  readonly script: string;
}

export interface ShareContent {
  readonly heading: string;
  readonly sub: string;
  /** The lesson at this figure; the figure on its own page; the page with every figure changed (when another is). */
  readonly links: readonly ShareLink[];
  /** How many figures the page link carries (0 when it is not offered). */
  readonly changed: number;
  /** The embed's src for a hide list and a theme. */
  embedSrc(hide: readonly string[], theme: Theme | null): string;
  readonly script: string;
  readonly frameTitle: string;
  citation(url: string, accessed: Date): string;
}

/** Everything the Share dialog offers for a figure in a state, from where the reader is. */
export function shareContent<T extends ParamTable>(input: ShareInput<T>): ShareContent {
  const { spec, number, state, page } = input;
  const abs = (path: string) => new URL(path, page.href).toString();
  const ownPage = !!spec.link?.ownPage;
  const numbered = /^\d/.test(number);
  const here = new URL(page.href);
  const changed = ownPage ? [] : figuresInQuery(here.search, page.ids);
  const links: ShareLink[] = [
    {
      kind: 'lesson',
      label: ownPage ? 'The playground page' : 'The lesson, at this figure',
      href: abs(lessonLink(spec, input.lessonHref, state)),
    },
    {
      kind: 'alone',
      label: ownPage ? 'The playground on its own' : 'This figure on its own page',
      href: abs(standaloneLink(spec, input.standaloneHref, state)),
    },
  ];
  // Offered when the page's address holds another figure's state than this one's.
  if (changed.some((id) => id !== spec.id))
    links.push({
      kind: 'page',
      label:
        changed.length === 1
          ? 'The lesson with the other figure you changed'
          : `The lesson with all ${changed.length} figures you changed`,
      href: abs(`${here.pathname}${here.search}#${spec.id}`),
    });
  return {
    heading: numbered ? `Share Figure ${number}` : `Share: ${spec.title}`,
    sub: numbered ? `${spec.title}, as you set it.` : 'As you set it.',
    links,
    changed: links.length > 2 ? changed.length : 0,
    embedSrc: (hide, theme) => abs(withTheme(standaloneLink(spec, input.standaloneHref, state, hide), theme)),
    script: abs(input.script),
    frameTitle: frameTitle(number, spec.title),
    citation: (url, accessed) => citation({ number, title: spec.title, url, accessed }),
  };
}
