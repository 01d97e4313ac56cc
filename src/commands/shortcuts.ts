/** The parts of a KeyboardEvent a shortcut looks at, so matching is testable without a DOM. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Parsed {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(shortcut: string): Parsed {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** Punctuation such as "?" needs Shift on some layouts and not on others, so Shift is ignored for it. */
const isPunctuation = (key: string) => key.length === 1 && !/[a-z0-9]/i.test(key);

export function matchesShortcut(shortcut: string, e: KeyLike): boolean {
  const p = parse(shortcut);
  if (p.mod !== (e.ctrlKey || e.metaKey) || p.alt !== e.altKey) return false;
  if (!isPunctuation(p.key) && p.shift !== e.shiftKey) return false;
  const key = e.key === ' ' ? 'Space' : e.key;
  return key.length === 1 ? key.toLowerCase() === p.key.toLowerCase() : key === p.key;
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc', Backspace: 'Backspace', Delete: 'Delete', Space: 'Space',
};

/** "Ctrl+Shift+Z" (or "⌘+Shift+Z" on a Mac) for people to read. */
export function formatShortcut(shortcut: string, mac = false): string {
  const p = parse(shortcut);
  const parts = [p.mod ? (mac ? '⌘' : 'Ctrl') : null, p.alt ? 'Alt' : null, p.shift ? 'Shift' : null, KEY_NAMES[p.key] ?? p.key.toUpperCase()];
  return parts.filter((x) => x !== null).join('+');
}

/** The aria-keyshortcuts form ("Control+Shift+Z"). */
export function ariaShortcut(shortcut: string): string {
  return shortcut.replace('Mod', 'Control');
}
