import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './registry';
import { formatShortcut } from './shortcuts';
import { shortcutsMarkdown } from './shortcuts-markdown';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every gesture and shortcut exactly as the registry has them (regenerate: npx tsx scripts/update-readme-shortcuts.ts)', () => {
    const section = /<!-- shortcuts:start -->\n([\s\S]*?)\n<!-- shortcuts:end -->/.exec(readme)?.[1];
    expect(section).toBe(shortcutsMarkdown());
    for (const c of COMMANDS) for (const s of c.shortcuts) expect(section).toContain(`\`${formatShortcut(s)}\``);
  });
});
