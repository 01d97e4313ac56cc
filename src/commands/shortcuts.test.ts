import { describe, expect, it } from 'vitest';
import { ariaShortcut, formatShortcut, matchesShortcut } from './shortcuts';

const e = (key: string, m: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...m,
});

describe('shortcuts', () => {
  it('needs the exact modifiers for letters and named keys, ignores Shift for punctuation', () => {
    expect(matchesShortcut('Mod+Z', e('z', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+Z', e('z', { metaKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+Z', e('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesShortcut('P', e('p', { ctrlKey: true }))).toBe(false);
    expect(matchesShortcut('?', e('?', { shiftKey: true }))).toBe(true);
    expect(matchesShortcut('Space', e(' '))).toBe(true);
    expect(matchesShortcut('Shift+ArrowUp', e('ArrowUp'))).toBe(false);
  });

  it('formats for people and for aria-keyshortcuts', () => {
    expect(formatShortcut('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+D', true)).toBe('⌘+D');
    expect(formatShortcut('Shift+ArrowLeft')).toBe('Shift+←');
    expect(ariaShortcut('Mod+Y')).toBe('Control+Y');
  });
});
