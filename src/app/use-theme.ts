import { useEffect } from 'react';
import { useUi } from '../editor/editor-context';
import { THEME_KEY } from './start-app';

/** Mirror the chosen theme onto <html data-theme>, where the CSS variables switch, and remember it. */
export function useTheme(): void {
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    if (theme === null) return;
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage blocked: the theme still applies for this visit.
    }
  }, [theme]);
}
