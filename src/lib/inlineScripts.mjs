// The only inline scripts of the site, kept here so astro.config.mjs can list their hashes in
// the Content-Security-Policy. Both run before the first paint, so they cannot be modules.

/** Applies the remembered colour theme before paint (no flash of the wrong theme). */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('downhill:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/**
 * On a standalone figure page (and the playground's embed page), before paint: hides the parts an
 * embed link names (`hide=`), applies `theme=light|dark` (else the reader's own setting stands), and
 * marks a page that is inside a frame (`data-framed`), so an embed never shows its page links.
 */
export const HIDE_SCRIPT =
  "try{var q=new URLSearchParams(location.search),d=document.documentElement,h=q.get('hide'),t=(q.get('theme')||'').trim().toLowerCase();if(h)d.dataset.hide=h.toLowerCase().split(',').slice(0,32).join(' ');if(t==='light'||t==='dark')d.dataset.theme=t;if(self!==top)d.dataset.framed=''}catch(e){}";
