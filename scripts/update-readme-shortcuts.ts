import { readFileSync, writeFileSync } from 'node:fs';
import { shortcutsMarkdown } from '../src/commands/shortcuts-markdown';

// Rewrites the generated block of README.md from the command registry.
const path = new URL('../README.md', import.meta.url);
const text = readFileSync(path, 'utf8');
const block = `<!-- shortcuts:start -->\n${shortcutsMarkdown()}\n<!-- shortcuts:end -->`;
if (!text.includes('<!-- shortcuts:start -->')) throw new Error('README.md has no <!-- shortcuts:start --> marker');
writeFileSync(path, text.replace(/<!-- shortcuts:start -->[\s\S]*?<!-- shortcuts:end -->/, () => block));
