import { describe, expect, it } from 'vitest';
import { buildShareHash, NO_FLAGS, readShareHash } from './share-hash';

describe('class-link flags', () => {
  it('carry the lesson and the hidden tools, in a fixed order, and read back the same', () => {
    const flags = { ...NO_FLAGS, play: false, readOnly: true, theme: 'dark' as const, lesson: 'twin-field', hide: ['palette', 'files'] as const };
    const hash = buildShareHash('1.abc', flags);
    expect(hash).toBe('s=1.abc&play=0&ro=1&theme=dark&lesson=twin-field&hide=palette,files');
    expect(readShareHash(`#${hash}`)).toEqual({ kind: 'link', payload: '1.abc', flags });
  });

  it('ignore unknown tools and malformed lesson ids, and keep the known tools in the documented order', () => {
    const read = readShareHash('#s=1.abc&lesson=<script>&hide=examples,toolbar,palette,,palette');
    expect(read).toEqual({ kind: 'link', payload: '1.abc', flags: { ...NO_FLAGS, hide: ['palette', 'examples'] } });
    expect(readShareHash('#s=1.abc&lesson=Twin_Field')).toEqual({ kind: 'link', payload: '1.abc', flags: NO_FLAGS });
  });
});
