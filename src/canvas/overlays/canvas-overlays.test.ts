import { describe, expect, it } from 'vitest';
import type { Evaluation, HopResult, LinkResult, RequestResult } from '../../engine/results';
import { REQUEST_SERIES, seriesOffset } from '../../worker/protocol';
import type { NodeKind } from '../../scenario/schema';
import { ResultsStore } from '../../store/results-store';
import { manualClock } from '../../editor/testing/manual-clock';
import { CanvasOverlays } from './canvas-overlays';

const link = (id: string, over: Partial<LinkResult> = {}): LinkResult => ({
  id, lengthKm: 50, lossDb: 10, transmittance: 0.1, latencySeconds: 2.5e-4, plobBitsPerPulse: 0.15,
  elevationDeg: null, interceptedFraction: 0, failed: false, unavailableReason: null, ...over,
});
const hop = (linkId: string, rate: number, qber = 0.02) => ({ linkId, keyRateBitsPerSecond: rate, qber }) as HopResult;
const request = (id: string, path: string[], hops: HopResult[]) => ({ id, path, hops }) as unknown as RequestResult;

// a – t – b, with a spare link c–d no request uses.
const evaluation = (rateAt: number, alarm = false): Evaluation => ({
  links: [link('at'), link('tb'), link('cd')],
  requests: [request('r1', ['a', 't', 'b'], [hop('at', rateAt, alarm ? 0.25 : 0.02), hop('tb', 800)])],
});
const kinds = new Map<string, NodeKind>([['a', 'ground-station'], ['t', 'trusted-node'], ['b', 'ground-station'], ['c', 'ground-station'], ['d', 'ground-station']]);

function samples(storedBits: number, at: number) {
  const values = new Float64Array(REQUEST_SERIES.length).fill(0);
  values[seriesOffset(0, 'storedKeyBits')] = storedBits;
  return { type: 'samples' as const, runId: 1, block: { requestIds: ['r1'], timeSeconds: Float64Array.of(at), values }, timeSeconds: at };
}

function setUp() {
  const results = new ResultsStore();
  let selected: string | null = null;
  let preview: readonly string[] | null = null;
  const selectionListeners = new Set<() => void>();
  const clock = manualClock();
  const overlays = new CanvasOverlays(results, { get: () => selected, preview: () => preview, subscribe: (l) => (selectionListeners.add(l), () => selectionListeners.delete(l)) }, 250, clock);
  overlays.setNodeKinds(kinds);
  const detach = overlays.attach();
  const calls: string[] = [];
  for (const id of ['at', 'tb', 'cd']) overlays.subscribeLink(id, () => calls.push(`link:${id}`));
  for (const id of ['a', 't', 'b', 'c']) overlays.subscribeNode(id, () => calls.push(`node:${id}`));
  overlays.subscribePath(() => calls.push('path'));
  const select = (id: string | null) => {
    selected = id;
    selectionListeners.forEach((l) => l());
  };
  const point = (path: readonly string[] | null) => {
    preview = path;
    selectionListeners.forEach((l) => l());
  };
  return { results, overlays, clock, calls, select, point, detach };
}

describe('CanvasOverlays', () => {
  it('names nodes by their names in a link’s reason (its tooltip), as the user named them', () => {
    const { results, overlays } = setUp();
    const failed = { ...evaluation(500), links: [link('at', { failed: true, unavailableReason: 'a to t is cut (scheduled failure)' }), link('tb'), link('cd')] };
    results.receive({ type: 'started', runId: 1, evaluation: failed, requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    overlays.setNamer((text) => text.replace(/\ba\b/, 'Alice'));
    expect(overlays.link('at')?.status).toMatchObject({ kind: 'failed', reason: 'Alice to t is cut (scheduled failure)' });
  });

  it('derives each link’s rate, loss and alarm once per evaluation, and tells only the links that changed', () => {
    const { results, overlays, calls } = setUp();
    results.receive({ type: 'started', runId: 1, evaluation: evaluation(500), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    expect(overlays.link('at')).toMatchObject({ keyRateBitsPerSecond: 500, lossDb: 10, qberAlarm: false, status: { kind: 'up' } });
    expect(overlays.link('cd')?.keyRateBitsPerSecond).toBeNull();
    const unchanged = overlays.link('tb');
    calls.length = 0;

    results.receive({ type: 'evaluation', runId: 1, evaluation: evaluation(20, true), timeSeconds: 1 });
    expect(overlays.link('at')).toMatchObject({ keyRateBitsPerSecond: 20, qberAlarm: true });
    expect(overlays.link('tb')).toBe(unchanged);
    expect(calls.filter((c) => c.startsWith('link:'))).toEqual(['link:at']);
  });

  it('refreshes key stores from the sample stream at most once per interval, telling only the nodes whose store moved', () => {
    const { results, overlays, clock, calls } = setUp();
    results.receive({ type: 'started', runId: 1, evaluation: evaluation(500), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    expect(overlays.storedKeyBits('t')).toBe(0);
    expect(overlays.storedKeyBits('c')).toBeNull();
    calls.length = 0;

    results.receive(samples(100, 1));
    results.receive(samples(250, 2));
    expect(overlays.storedKeyBits('t')).toBe(0);
    clock.advance(250);
    expect(overlays.storedKeyBits('t')).toBe(250);
    expect(overlays.storedKeyBits('a')).toBe(250);
    expect(calls.sort()).toEqual(['node:a', 'node:b', 'node:t']);

    calls.length = 0;
    results.receive(samples(250, 3));
    clock.advance(250);
    expect(calls).toEqual([]);
  });

  it('with no node listening (zoomed out: no badges) leaves the key stores until someone reads one, then gives the latest', () => {
    const results = new ResultsStore();
    const clock = manualClock();
    const overlays = new CanvasOverlays(results, { get: () => null, preview: () => null, subscribe: () => () => {} }, 250, clock);
    overlays.setNodeKinds(kinds);
    overlays.attach();
    results.receive({ type: 'started', runId: 1, evaluation: evaluation(500), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    results.receive(samples(100, 1));
    let reads = 0;
    const value = results.value.bind(results);
    results.value = (...args: Parameters<ResultsStore['value']>) => (reads++, value(...args));
    results.receive(samples(300, 2));
    clock.advance(250);
    results.receive(samples(400, 3));
    clock.advance(250);
    expect(reads).toBe(0);
    expect(overlays.storedKeyBits('t')).toBe(400);
    expect(reads).toBeGreaterThan(0);
    // Once a node listens, the stores follow the samples again and it is told.
    const told: string[] = [];
    const off = overlays.subscribeNode('t', () => told.push('t'));
    results.receive(samples(700, 4));
    clock.advance(250);
    expect(told).toEqual(['t']);
    expect(overlays.storedKeyBits('t')).toBe(700);
    off();
  });

  it('follows the selected request’s path for nodes and links in either direction', () => {
    const { results, overlays, calls, select } = setUp();
    results.receive({ type: 'started', runId: 1, evaluation: evaluation(500), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    expect(overlays.nodeOnPath('t')).toBe(false);
    calls.length = 0;
    select('r1');
    expect(calls).toEqual(['path']);
    expect(overlays.nodeOnPath('t')).toBe(true);
    expect(overlays.linkOnPath('b', 't')).toBe(true);
    expect(overlays.linkOnPath('a', 'b')).toBe(false);
    select('missing');
    expect(overlays.nodeOnPath('t')).toBe(false);
  });

  it('lights a route pointed at instead of the selected request’s, and the request’s again once let go', () => {
    const { results, overlays, calls, select, point } = setUp();
    results.receive({ type: 'started', runId: 1, evaluation: evaluation(500), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    select('r1');
    calls.length = 0;
    point(['a', 'b']);
    expect(calls).toEqual(['path']);
    expect(overlays.linkOnPath('a', 'b')).toBe(true);
    expect(overlays.nodeOnPath('t')).toBe(false);
    point(null);
    expect(overlays.nodeOnPath('t')).toBe(true);
    expect(overlays.linkOnPath('a', 'b')).toBe(false);
  });

  it('tells the all-links listener when any link’s look or the path changes, and not for samples alone', () => {
    const { results, overlays, select } = setUp();
    let told = 0;
    overlays.subscribeAllLinks(() => told++);
    results.receive({ type: 'started', runId: 1, evaluation: evaluation(500), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    const afterStart = overlays.allLinksVersion();
    expect(told).toBeGreaterThan(0);
    told = 0;
    results.receive(samples(1, 10));
    expect(told).toBe(0);
    select('r1');
    expect(told).toBe(1);
    results.receive({ type: 'evaluation', runId: 1, evaluation: evaluation(20, true), timeSeconds: 1 });
    expect(overlays.allLinksVersion()).toBeGreaterThan(afterStart + 1);
  });

  it('stops following the results once detached', () => {
    const { results, overlays, detach } = setUp();
    detach();
    results.receive({ type: 'started', runId: 1, evaluation: evaluation(500), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    expect(overlays.link('at')).toBeUndefined();
  });
});

describe('CanvasOverlays after an edit', () => {
  it('looks only at the links an evaluation changed (a new result or a new load) and ends where a fresh start would', () => {
    const { results, overlays, calls, select } = setUp();
    const first = evaluation(500);
    results.receive({ type: 'started', runId: 1, evaluation: first, requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    calls.length = 0;
    // As the engine sends an edit: link cd's result is new, r1 is new with a faster first hop, link tb's result is kept.
    const second: Evaluation = {
      links: [first.links[0]!, first.links[1]!, link('cd', { lossDb: 12 })],
      requests: [request('r1', ['a', 't', 'b'], [hop('at', 900), hop('tb', 800)])],
    };
    results.receive({ type: 'started', runId: 2, evaluation: second, requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    expect(calls.filter((c) => c.startsWith('link:')).sort()).toEqual(['link:at', 'link:cd']);
    // No request is selected, so no path is lit before or after: the path's listeners are not told.
    expect(calls).not.toContain('path');
    const fresh = setUp();
    fresh.results.receive({ type: 'started', runId: 1, evaluation: structuredClone(second), requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    for (const id of ['at', 'tb', 'cd']) expect(overlays.link(id)).toEqual(fresh.overlays.link(id));
    expect(overlays.link('at')?.keyRateBitsPerSecond).toBe(900);
    expect(overlays.link('cd')?.lossDb).toBe(12);
    // The load leaves a link when its request goes elsewhere, and the alarm follows the request's hops.
    const third: Evaluation = { links: second.links, requests: [request('r1', ['a', 'c', 'd', 'b'], [hop('cd', 300, 0.3)])] };
    select('r1');
    calls.length = 0;
    results.receive({ type: 'started', runId: 3, evaluation: third, requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    // The selected request moved: its lit path follows.
    expect(calls).toContain('path');
    expect(overlays.nodeOnPath('c')).toBe(true);
    calls.length = 0;
    results.receive({ type: 'started', runId: 4, evaluation: { ...third }, requestIds: ['r1'], durationSeconds: 100, timeSeconds: 0 });
    expect(calls).not.toContain('path');
    expect(overlays.link('at')?.keyRateBitsPerSecond).toBeNull();
    expect(overlays.link('cd')).toMatchObject({ keyRateBitsPerSecond: 300, qberAlarm: true });
  });
});
