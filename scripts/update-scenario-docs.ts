// Regenerates the parameter tables in docs/scenario-format.md from src/scenario/params.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { parameterTablesMarkdown } from '../src/scenario/param-tables';

const file = new URL('../docs/scenario-format.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const start = '<!-- params:start -->';
const end = '<!-- params:end -->';
const before = text.slice(0, text.indexOf(start) + start.length);
const after = text.slice(text.indexOf(end));
writeFileSync(file, `${before}\n${parameterTablesMarkdown()}\n${after}`);
