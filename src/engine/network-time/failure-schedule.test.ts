import { describe, expect, it } from 'vitest';
import { buildRoutingGraph } from '../routing/routing-graph';
import { routeRequests } from '../routing/route-requests';
import { describeOutage, outageChangeTimes, outageMasks, outagesAt, type NetworkEvent } from './failure-schedule';

const events: NetworkEvent[] = [
  { kind: 'link-failure', linkId: 'AB', startSeconds: 10, endSeconds: 20 },
  { kind: 'eavesdropper', linkId: 'AC', startSeconds: 15 },
  { kind: 'node-failure', nodeId: 'C', startSeconds: 30, endSeconds: 40 },
];

describe('failure schedule', () => {
  it('lists what is out of service at each time, with recovery', () => {
    expect([...outagesAt(events, 5).failedLinkIds]).toEqual([]);
    expect([...outagesAt(events, 10).failedLinkIds]).toEqual(['AB']);
    expect([...outagesAt(events, 20).failedLinkIds]).toEqual([]);
    expect([...outagesAt(events, 100).attackedLinkIds]).toEqual(['AC']);
    expect([...outagesAt(events, 35).failedNodeIds]).toEqual(['C']);
    expect(outageChangeTimes(events, 0, 35)).toEqual([10, 15, 20, 30]);
    expect(describeOutage(events, 'AC', 16)).toMatch(/eavesdropper since t = 15 s/);
  });

  it('re-routes around outages and explains a request that is cut off', () => {
    const nodeIds = ['A', 'B', 'C'];
    const links = [
      { id: 'AB', source: 'A', target: 'B' },
      { id: 'AC', source: 'A', target: 'C' },
      { id: 'CB', source: 'C', target: 'B' },
    ];
    const graph = buildRoutingGraph(nodeIds, links);
    const route = (t: number) =>
      routeRequests(graph, [{ id: 'r', source: 'A', target: 'B', metric: 'fewest-hops' }], { constraints: outageMasks(outagesAt(events, t), nodeIds, graph.linkIds) })[0]!;
    expect(route(0).paths[0]!.nodeIds).toEqual(['A', 'B']);
    expect(route(12).paths[0]!.nodeIds).toEqual(['A', 'C', 'B']);
    expect(route(16).noPathReason).toMatch(/crosses a failed or attacked/);
    expect(route(25).paths[0]!.nodeIds).toEqual(['A', 'B']);
  });
});
