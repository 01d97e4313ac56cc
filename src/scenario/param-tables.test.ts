import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterTablesMarkdown } from './param-tables';

describe('docs/scenario-format.md', () => {
  it('lists every parameter with its current default (run npm run generate after changing params.ts)', () => {
    const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
    expect(doc).toContain(parameterTablesMarkdown());
  });
});
