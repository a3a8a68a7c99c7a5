/**
 * A Svelte action for what a finger drags (a handle, a map pressed to pick a point): a touch that
 * starts on it is the figure's, not a scroll of the page. Plots leave every other touch to the page
 * (CSS touch-action, which Chromium does not apply to the shapes inside an SVG, hence this).
 */
export function holdTouch(node: Element): { destroy(): void } {
  const hold = (e: Event) => {
    if (e.cancelable) e.preventDefault();
  };
  node.addEventListener('touchstart', hold, { passive: false });
  return { destroy: () => node.removeEventListener('touchstart', hold) };
}
