/**
 * Share: one dialog for a figure in the state the reader set. The link (to the lesson at this figure,
 * to the figure on its own page, or to the lesson with every figure the reader changed), its QR code,
 * the embed snippet (the parts to show, the theme and the width chosen here; its height measured by
 * loading the embed in a preview, as a course page will), and a citation line.
 *
 * Plain DOM, not a Svelte component: the figure-core chunk holds all of Svelte's runtime that any
 * component uses (astro.config.mjs), so a lazily loaded component's bindings would be paid for on
 * every figure's page. Loaded when a reader first presses Share.
 */
import { HIDEABLE_PARTS, type FigureSpec } from '../../../figures/spec.ts';
import type { Theme } from '../../../figures/linkFormat.ts';
import type { StateOf } from '../../../figures/state.ts';
import { EMBED_WIDTHS, embedSnippet, shareContent } from '../../../figures/share.ts';
import { download } from '../../../lib/download.ts';
import { qrCode, qrPath, qrSvg } from '../../../lib/qr.ts';
import { copyMessage, copyText } from './copy.ts';

/** The parts an embed can leave out, as the dialog names them, and where each is drawn. */
const PARTS: Record<(typeof HIDEABLE_PARTS)[number], { label: string; selector: string }> = {
  title: { label: 'Title', selector: '.figure-title' },
  toolbar: { label: 'Toolbar', selector: '.fig-toolbar' },
  controls: { label: 'Controls', selector: '.fig-controls' },
  timeline: { label: 'Play bar', selector: '.timeline' },
  readout: { label: 'Readout', selector: '.readout' },
  caption: { label: 'Caption', selector: 'figcaption' },
};

const THEMES: readonly (readonly ['' | Theme, string])[] = [
  ['', "The reader's setting"],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** The preview is a picture of the embed: the dialog's width at most, and no taller than this (CSS px). */
const PREVIEW_HEIGHT = 360;
/** The preview's height until measured: taller than any figure, so none fits itself to a small box. */
const UNMEASURED = 2000;
const SVG = 'http://www.w3.org/2000/svg';

export interface ShareTarget {
  readonly spec: FigureSpec;
  /** "4.2", or "P" for the playground. */
  readonly number: string;
  /** The figure's state when Share was pressed (a modal dialog: the figure cannot change under it). */
  readonly values: Readonly<Record<string, unknown>>;
  readonly lessonHref: string;
  readonly standaloneHref: string;
  /** What the reader's link hides. */
  readonly hidden: readonly string[];
  /** The figure's root element. */
  readonly root: HTMLElement;
}

type Attrs = Record<string, string | number | boolean | undefined>;

/** An element with attributes (true: present, false/undefined: absent) and children. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : String(v));
  el.append(...children);
  return el;
}

function svgEl(tag: string, attrs: Attrs): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A labelled radio or checkbox. */
function choice(type: 'radio' | 'checkbox', name: string, label: string, checked: boolean, data: Attrs) {
  const input = h('input', { type, name, ...data });
  input.checked = checked;
  return { input, label: h('label', {}, input, ` ${label}`) };
}

/** A read-only field and its Copy button. */
function copyRow(field: HTMLInputElement | HTMLTextAreaElement, which: string, top = false) {
  const button = h('button', { type: 'button', 'data-share-copy': which }, 'Copy');
  return { button, row: h('div', { class: top ? 'share-row share-row-top' : 'share-row' }, field, button) };
}

export function openShare({ root, hidden, spec, number, values, lessonHref, standaloneHref }: ShareTarget): void {
  const content = shareContent({
    spec,
    number,
    state: values as StateOf<typeof spec.table>,
    lessonHref,
    standaloneHref,
    page: {
      href: location.href,
      ids: [...document.querySelectorAll<HTMLElement>('[data-figure]')].map((e) => e.dataset.figure ?? ''),
    },
    // The site's base as lib/paths.ts reads it (importing that module here would split it out of the
    // search chunk into one more file on every page).
    script: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}embed.js`,
  });
  // A part is offered when the figure draws it, or when the link it came from hides it.
  const parts = Object.entries(PARTS).filter(([name, p]) => hidden.includes(name) || root.querySelector(p.selector));
  const estimate = Math.ceil(root.getBoundingClientRect().height) + 16;

  let kind: string = 'lesson';
  let theme: '' | Theme = '';
  let width: number = EMBED_WIDTHS[1];
  let measured = 0;
  let box = 0;
  const keep = new Map(parts.map(([name]) => [name, !hidden.includes(name)]));

  // The link, its QR code.
  const linkField = h('input', { type: 'text', readonly: true, 'aria-label': 'Link', 'data-share-link': true });
  const linkRow = copyRow(linkField, 'link');
  const kinds = content.links.map((l) => {
    const c = choice('radio', 'share-kind', l.label, l.kind === kind, { 'data-share-kind': l.kind });
    c.input.addEventListener('change', () => ((kind = l.kind), update()));
    return c.label;
  });
  const qrPicture = svgEl('svg', {
    role: 'img',
    'aria-label': 'QR code of the link',
    'shape-rendering': 'crispEdges',
    'data-share-qr': '',
  });
  const qrSave = h('button', { type: 'button', 'data-share-qr-save': true }, 'Save the code (SVG)');
  const qrBox = h(
    'div',
    { class: 'share-qr' },
    qrPicture,
    h(
      'div',
      {},
      h('p', {}, "A phone's camera opens the link from this code, on a projected slide or a printed sheet."),
      qrSave,
    ),
  );
  const qrNone = h('p', { class: 'share-note', hidden: true }, 'This link is too long for a QR code.');

  // The embed.
  const partBoxes = parts.map(([name, p]) => {
    const c = choice('checkbox', `share-part-${name}`, p.label, keep.get(name)!, { 'data-share-part': name });
    c.input.addEventListener('change', () => (keep.set(name, c.input.checked), update()));
    return c.label;
  });
  const themes = THEMES.map(([value, label]) => {
    const c = choice('radio', 'share-theme', label, value === theme, { 'data-share-theme': value || 'reader' });
    c.input.addEventListener('change', () => ((theme = value), update()));
    return c.label;
  });
  const widthSelect = h(
    'select',
    { 'data-share-width': true },
    ...EMBED_WIDTHS.map((w) => h('option', { value: w }, `${w} px`)),
  );
  widthSelect.value = String(width);
  widthSelect.addEventListener('change', () => ((width = Number(widthSelect.value)), update()));
  const snippetField = h('textarea', {
    readonly: true,
    rows: 5,
    'aria-label': 'Embed code',
    'data-share-snippet': true,
  });
  const snippetRow = copyRow(snippetField, 'embed', true);
  const sizeNote = h('p', { class: 'share-note', 'data-share-size': true });
  const preview = h('iframe', { title: content.frameTitle, tabindex: -1, 'data-share-preview': true });
  const previewFrame = h('div', { class: 'share-preview', inert: true }, preview);
  const previewBox = h('div', {}, previewFrame);

  // The citation.
  const citeField = h('textarea', { readonly: true, rows: 5, 'aria-label': 'Citation', 'data-share-cite': true });
  const citeRow = copyRow(citeField, 'cite', true);
  const status = h('p', { class: 'share-status', role: 'status', 'data-share-status': true });

  const close = h('button', { type: 'button', class: 'share-close', 'aria-label': 'Close' }, '×');
  const dialog = h(
    'dialog',
    { class: 'share-dialog', 'aria-labelledby': 'share-title', 'data-share-dialog': true },
    h(
      'div',
      { class: 'share-body' },
      h('div', { class: 'share-head' }, h('h2', { id: 'share-title' }, content.heading), close),
      h('p', { class: 'share-sub' }, content.sub),
      h(
        'section',
        { 'aria-labelledby': 'share-link' },
        h('h3', { id: 'share-link' }, 'Link'),
        h('fieldset', { class: 'share-choice' }, h('legend', { class: 'visually-hidden' }, 'The link opens'), ...kinds),
        linkRow.row,
        qrBox,
        qrNone,
      ),
      h(
        'section',
        { 'aria-labelledby': 'share-embed' },
        h('h3', { id: 'share-embed' }, 'Embed in a page'),
        h(
          'div',
          { class: 'share-options' },
          ...(partBoxes.length ? [h('fieldset', {}, h('legend', {}, 'Show'), ...partBoxes)] : []),
          h('fieldset', {}, h('legend', {}, 'Colours'), ...themes),
          h('label', { class: 'share-width' }, 'Width ', widthSelect),
        ),
        snippetRow.row,
        sizeNote,
        h('p', { class: 'share-note' }, 'Preview, as the snippet shows it:'),
        previewBox,
      ),
      h('section', { 'aria-labelledby': 'share-cite' }, h('h3', { id: 'share-cite' }, 'Cite'), citeRow.row),
      status,
    ),
  );

  let link = '';
  let snippet = '';
  let cite = '';
  let src = '';
  let timer = 0;
  function update() {
    link = (content.links.find((l) => l.kind === kind) ?? content.links[0]!).href;
    linkField.value = link;
    const qr = qrCode(link);
    qrBox.hidden = !qr;
    qrNone.hidden = !!qr;
    if (qr) {
      const side = qr.size + 8;
      qrPicture.setAttribute('viewBox', `0 0 ${side} ${side}`);
      qrPicture.replaceChildren(
        svgEl('rect', { width: side, height: side, fill: '#fff' }),
        svgEl('path', { fill: '#000', d: qrPath(qr) }),
      );
    }
    // What the reader's link hid beyond the parts (single controls, `hide=x0`) stays hidden.
    const hide = [...hidden.filter((n) => !keep.has(n)), ...parts.filter(([n]) => !keep.get(n)).map(([n]) => n)];
    const next = content.embedSrc(hide, theme || null);
    if (next !== src || Number(preview.dataset.width) !== width) {
      // A new page or width in the preview: its height is measured again.
      src = next;
      measured = 0;
      preview.dataset.width = String(width);
      if (preview.src !== src) preview.src = src;
    }
    snippet = embedSnippet({
      src,
      script: content.script,
      width,
      height: measured || estimate,
      title: content.frameTitle,
    });
    snippetField.value = snippet;
    sizeNote.textContent = measured
      ? `At ${width} px wide this figure needs ${measured} px of height: the snippet asks for that, and its script keeps the frame as tall as the figure.`
      : `Measuring the height the figure needs at ${width} px wide…`;
    cite = content.citation(link, new Date());
    citeField.value = cite;
    const shown = measured || estimate;
    const scale = Math.min(1, box > 2 ? (box - 2) / width : 1, PREVIEW_HEIGHT / shown);
    previewFrame.style.width = `${Math.ceil(width * scale) + 2}px`;
    previewFrame.style.height = `${Math.ceil(shown * scale) + 2}px`;
    preview.style.width = `${width}px`;
    preview.style.height = `${measured || UNMEASURED}px`;
    preview.style.transform = `scale(${scale})`;
  }

  const setMeasured = (h: number) => {
    if (h > 0 && h < 30_000 && h !== measured) {
      measured = h;
      update();
    }
  };
  // The preview is of this site, so its page can be measured directly, hydrated or not (a figure
  // below the fold hydrates only when it is seen, and its layout does not move when it does).
  let pageSize: ResizeObserver | undefined;
  const measure = () => {
    const body = preview.contentDocument?.body;
    if (!body) return;
    const cs = getComputedStyle(body);
    setMeasured(
      Math.ceil(body.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom)),
    );
  };
  preview.addEventListener('load', () => {
    pageSize?.disconnect();
    const body = preview.contentDocument?.body;
    if (!body) return;
    pageSize = new ResizeObserver(measure);
    pageSize.observe(body);
  });
  // A hydrated preview posts its size too; answered as the resize script does, it keeps its natural layout.
  const onMessage = (e: MessageEvent) => {
    const d = e.data as { type?: unknown; height?: unknown } | null;
    if (e.source !== preview.contentWindow || !d || d.type !== 'downhill:size') return;
    setMeasured(Math.ceil(Number(d.height)));
    preview.contentWindow?.postMessage({ type: 'downhill:hello', version: 1 }, location.origin);
  };
  addEventListener('message', onMessage);
  const room = new ResizeObserver(() => {
    box = previewBox.clientWidth;
    update();
  });

  async function copy(text: string, field: HTMLInputElement | HTMLTextAreaElement, what: string) {
    status.textContent = copyMessage(await copyText(text, field), what);
    clearTimeout(timer);
    timer = window.setTimeout(() => (status.textContent = ''), 8000);
  }
  linkRow.button.addEventListener('click', () => copy(link, linkField, 'the link'));
  snippetRow.button.addEventListener('click', () => copy(snippet, snippetField, 'the embed code'));
  citeRow.button.addEventListener('click', () => copy(cite, citeField, 'the citation'));
  qrSave.addEventListener('click', () => {
    const qr = qrCode(link);
    if (qr) download(`${spec.id}-qr.svg`, qrSvg(qr, link), 'image/svg+xml');
  });
  linkField.addEventListener('focus', () => linkField.select());
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop closes it.
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  dialog.addEventListener('close', () => {
    removeEventListener('message', onMessage);
    room.disconnect();
    pageSize?.disconnect();
    clearTimeout(timer);
    dialog.remove();
  });

  update();
  document.body.append(dialog);
  room.observe(previewBox);
  dialog.showModal();
  linkField.select();
}
