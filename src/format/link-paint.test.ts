import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkLook } from './link-look';
import { LIGHT_PALETTE, LINK_DASH, linkPaint } from './link-paint';
import type { LinkOverlay } from './link-overlay';

const css = ['../app/app.css', '../canvas/link-edge.css'].map((p) => readFileSync(new URL(p, import.meta.url), 'utf8')).join('\n');
/** The declarations of the last rule whose selector ends in `.link--<name>`. */
const rule = (name: string) => [...css.matchAll(new RegExp(`\\.link--${name} \\{([^}]*)\\}`, 'g'))].at(-1)?.[1] ?? '';
const dashIn = (declarations: string) => /stroke-dasharray:\s*([^;]+);/.exec(declarations)?.[1]?.trim() ?? null;

const overlay = (over: Partial<LinkOverlay>): LinkOverlay => ({ keyRateBitsPerSecond: null, status: { kind: 'up', elevationDeg: null }, lengthKm: 50, lossDb: 10, qberAlarm: false, ...over });

describe('linkPaint', () => {
  it('uses the dash patterns of the canvas stylesheets', () => {
    for (const [name, dash] of Object.entries(LINK_DASH)) expect(dashIn(rule(name)), name).toBe(dash);
  });

  it('resolves each state to the colour its canvas class gives, the key-rate colour winning only on a working link', () => {
    const p = LIGHT_PALETTE;
    expect(linkPaint('fiber', linkLook('fiber', overlay({}), false, false), p)).toMatchObject({ stroke: p.fiber, dash: null, opacity: 1 });
    expect(linkPaint('free-space', linkLook('free-space', overlay({}), false, false), p)).toMatchObject({ stroke: p.freeSpace, dash: '6 4' });
    const keyed = linkPaint('fiber', linkLook('fiber', overlay({ keyRateBitsPerSecond: 1000 }), false, false), p);
    expect(keyed.stroke).not.toBe(p.fiber);
    expect(keyed.strokeWidth).toBe(5);
    expect(linkPaint('free-space', linkLook('free-space', overlay({ keyRateBitsPerSecond: 0 }), false, false), p)).toMatchObject({ stroke: p.danger, dash: '3 3' });
    expect(linkPaint('fiber', linkLook('fiber', overlay({ keyRateBitsPerSecond: 1000, status: { kind: 'failed', reason: 'cut' } }), false, false), p)).toMatchObject({ stroke: p.danger, dash: '8 5', opacity: 0.9 });
    expect(linkPaint('free-space', linkLook('free-space', overlay({ status: { kind: 'dark', reason: 'below', elevationDeg: -3 } }), false, false), p)).toMatchObject({ stroke: p.muted, dash: '1 6', opacity: 0.55 });
  });
});
