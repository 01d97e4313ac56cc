import { isBetter, pathValue, type IndexPath, type PathMetric, type PathSearch, type SearchConstraints } from './path-search';

/**
 * Up to `k` loopless paths from `source` to `target`, best first, by Yen's algorithm (Yen, Management Science 17(11),
 * 712–716, 1971): each next path deviates from an earlier one at a "spur" node, with the earlier root fixed and the
 * links already used from that root banned. Works for the widest-path metric too, because min() is monotone, so a
 * best spur path gives a best whole path for that root. Ties keep the path with fewer hops.
 */
export function kBestPaths(
  search: PathSearch,
  source: number,
  target: number,
  k: number,
  metric: PathMetric,
  weights: Float64Array | undefined,
  constraints: SearchConstraints = {},
): IndexPath[] {
  search.resetBans();
  search.run(source, metric, weights, constraints, [target]);
  const first = search.pathTo(target);
  if (!first || k < 1) return [];
  const accepted: IndexPath[] = [first];
  const candidates: IndexPath[] = [];
  const seen = new Set<string>([first.links.join(',')]);
  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1]!;
    for (let i = 0; i < previous.links.length; i++) {
      const spur = previous.nodes[i]!;
      search.resetBans();
      for (const path of accepted) {
        if (path.links.length > i && sharesRoot(path, previous, i)) search.banLink(path.links[i]!);
      }
      for (let j = 0; j < i; j++) search.banNode(previous.nodes[j]!);
      search.run(spur, metric, weights, constraints, [target]);
      const spurPath = search.pathTo(target);
      if (!spurPath) continue;
      const links = previous.links.slice(0, i).concat(spurPath.links);
      const key = links.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      const nodes = previous.nodes.slice(0, i).concat(spurPath.nodes);
      candidates.push({ nodes, links, value: pathValue(metric, weights, links) });
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let c = 1; c < candidates.length; c++) {
      const a = candidates[c]!;
      const b = candidates[best]!;
      if (isBetter(metric, a.value, b.value) || (a.value === b.value && a.links.length < b.links.length)) best = c;
    }
    accepted.push(candidates.splice(best, 1)[0]!);
  }
  search.resetBans();
  return accepted;
}

/** True when `a` and `b` share their first `i` links (and so their first i + 1 nodes). */
function sharesRoot(a: IndexPath, b: IndexPath, i: number): boolean {
  for (let j = 0; j < i; j++) if (a.links[j] !== b.links[j]) return false;
  return a.nodes[0] === b.nodes[0];
}
