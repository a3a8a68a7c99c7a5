/** The theme toggle: system → light → dark → system, remembered in localStorage. */
const KEY = 'downhill:theme';
type Theme = 'system' | 'light' | 'dark';
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function read(): Theme {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme, button: HTMLElement | null): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (button) {
    button.setAttribute('aria-label', `Colour theme: ${LABEL[theme]}`);
    const label = button.querySelector('.theme-label');
    if (label) label.textContent = LABEL[theme];
  }
  document.dispatchEvent(new CustomEvent('downhill:theme'));
}

export function initThemeToggle(): void {
  const button = document.querySelector<HTMLElement>('[data-theme-toggle]');
  let current = read();
  apply(current, button);
  button?.addEventListener('click', () => {
    const next = NEXT[current];
    current = next;
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      /* storage unavailable: the theme still changes for this visit */
    }
    apply(next, button);
  });
}
