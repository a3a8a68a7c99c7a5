// The only inline scripts of the site, kept here so astro.config.mjs can list their hashes in
// the Content-Security-Policy. Both run before the first paint, so they cannot be modules.

/** Applies the remembered colour theme before paint (no flash of the wrong theme). */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('downhill:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** On a standalone figure page, hides the parts an embed link names before paint. */
export const HIDE_SCRIPT =
  "try{var h=new URLSearchParams(location.search).get('hide');if(h)document.documentElement.dataset.hide=h.split(',').slice(0,32).join(' ')}catch(e){}";
