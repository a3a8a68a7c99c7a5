// The gallery's pictures of figures, one file per theme beside each figure's page: named here for
// the script that writes them after the build (scripts/thumbnails.mjs) and the gallery that shows them.

export const THEMES = /** @type {const} */ (['light', 'dark']);

/** @param {'light' | 'dark'} theme */
export const thumbName = (theme) => `thumb-${theme}.svg`;
