/**
 * Opens the Share dialog for a figure (loaded when a reader first presses Share: none of it comes
 * with a figure).
 */
import { mount, unmount } from 'svelte';
import { HIDEABLE_PARTS, type FigureSpec } from '../../../figures/spec.ts';
import { shareContent } from '../../../figures/share.ts';
import type { StateOf } from '../../../figures/state.ts';
import { url } from '../../../lib/paths.ts';
import ShareDialog from './ShareDialog.svelte';

/** The parts an embed can leave out, as the dialog names them, and where each is drawn. */
const PARTS: Record<(typeof HIDEABLE_PARTS)[number], { label: string; selector: string }> = {
  title: { label: 'Title', selector: '.figure-title' },
  toolbar: { label: 'Toolbar', selector: '.fig-toolbar' },
  controls: { label: 'Controls', selector: '.fig-controls' },
  timeline: { label: 'Play bar', selector: '.timeline' },
  readout: { label: 'Readout', selector: '.readout' },
  caption: { label: 'Caption', selector: 'figcaption' },
};

export interface ShareTarget {
  readonly spec: FigureSpec;
  readonly number: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly lessonHref: string;
  readonly standaloneHref: string;
  readonly hidden: readonly string[];
  /** The figure's root element. */
  readonly root: HTMLElement;
}

export function openShare({ root, hidden, spec, number, values, lessonHref, standaloneHref }: ShareTarget): void {
  // A part is offered when the figure draws it, or when the link it came from hides it.
  const parts = Object.entries(PARTS)
    .filter(([name, p]) => hidden.includes(name) || root.querySelector(p.selector))
    .map(([name, p]) => ({ name, label: p.label }));
  const target = document.createElement('div');
  document.body.append(target);
  const dialog = mount(ShareDialog, {
    target,
    props: {
      content: shareContent({
        spec,
        number,
        state: values as StateOf<typeof spec.table>,
        lessonHref,
        standaloneHref,
        page: {
          href: location.href,
          ids: [...document.querySelectorAll<HTMLElement>('[data-figure]')].map((e) => e.dataset.figure ?? ''),
        },
        script: url('embed.js'),
      }),
      id: spec.id,
      hidden,
      parts,
      height: Math.ceil(root.getBoundingClientRect().height) + 16,
      onclose: () => {
        void unmount(dialog);
        target.remove();
      },
    },
  });
}
