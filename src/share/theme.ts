import type { Theme } from './share-hash';

/** A teacher's theme choice wins over the viewer's prefers-color-scheme (see [data-theme] in app.css). */
export function applyTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}
