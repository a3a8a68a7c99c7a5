/**
 * The lessons' glossary tooltips (marked up at build time by src/content/rehypeGlossary.ts; CSS
 * shows them on hover and focus). This adds what CSS cannot: Esc hides the open tooltip (WCAG
 * 1.4.13), and a tooltip near the edge of a narrow screen is shifted back into view, and on a
 * touch screen (no hover) the first tap on a term opens its card, a second tap follows the link
 * to the glossary, and a tap anywhere else closes it.
 */
export function initGlossaryTips(): void {
  const terms = [...document.querySelectorAll<HTMLElement>('.term')];
  if (terms.length === 0) return;
  document.documentElement.dataset.termTips = 'on';
  const place = (term: HTMLElement) => {
    const tip = term.querySelector<HTMLElement>('.term-tip');
    if (!tip) return;
    tip.style.translate = '';
    requestAnimationFrame(() => {
      const r = tip.getBoundingClientRect();
      if (r.width === 0) return;
      const vw = document.documentElement.clientWidth;
      let shift = 0;
      if (r.right > vw - 8) shift = vw - 8 - r.right;
      if (r.left + shift < 8) shift = 8 - r.left;
      if (shift) tip.style.translate = `${Math.round(shift)}px 0`;
    });
  };
  const show = (term: HTMLElement) => {
    term.classList.remove('tip-dismissed');
    place(term);
  };
  let touch = false;
  const closeTaps = (except?: HTMLElement) => {
    for (const t of terms) if (t !== except) t.classList.remove('tip-open');
  };
  document.addEventListener(
    'pointerdown',
    (e) => {
      touch = e.pointerType === 'touch' || e.pointerType === 'pen';
      if (!(e.target instanceof Element && e.target.closest('.term'))) closeTaps();
    },
    { capture: true },
  );
  for (const term of terms) {
    term.querySelector('a')?.addEventListener('click', (e) => {
      if (!touch || term.classList.contains('tip-open')) return;
      e.preventDefault();
      closeTaps(term);
      term.classList.add('tip-open');
      show(term);
    });
    term.addEventListener('mouseenter', () => show(term));
    term.addEventListener('focusin', () => show(term));
    term.addEventListener('mouseleave', () => {
      if (!term.matches(':focus-within')) term.classList.remove('tip-dismissed');
    });
    term.addEventListener('focusout', () => term.classList.remove('tip-dismissed'));
  }
  document.addEventListener('keydown', (e) => {
    touch = false; // a link followed with the keyboard goes straight to the glossary
    if (e.key !== 'Escape') return;
    closeTaps();
    for (const term of terms) {
      if (term.matches(':hover, :focus-within') && !term.classList.contains('tip-dismissed')) {
        term.classList.add('tip-dismissed');
        e.preventDefault();
      }
    }
  });
}
