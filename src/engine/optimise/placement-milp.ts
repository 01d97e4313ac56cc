import type { PlacementInstance } from './placement-instance';

/**
 * The placement as a mixed-integer program, in the spirit of Rabbie et al., npj Quantum Inf. 8, 5 (2022):
 * y_c = 1 keeps candidate c as a relay; z_s ≤ y at a span's candidate ends and z_s ≤ 1 − y_c for each junction it
 * passes, so a span is open only when the sites it needs are kept and the ones it crosses are not; each request
 * sends one unit of flow from source to target over open hops whose key meets its threshold. The flows may be
 * fractional: with y whole, every path of a fractional flow uses open hops only, so it is feasible exactly when some
 * relay chain meets every hop's threshold. With k disjoint routes the flow is k units with unit node capacities.
 * Entanglement requests pick whole repeater chains instead (their fidelity is not a sum over hops): the chains that
 * meet the targets are listed beforehand by the engine's own evaluation, and x_p ≤ z for each hop of chain p.
 */
export function placementLp(instance: PlacementInstance, options: { thresholds: number[]; costs: number[]; budget?: number }): { text: string; yName: (i: number) => string } {
  const candidateIndex = new Map(instance.candidates.map((c, i) => [c.id, i]));
  const yName = (i: number) => `y${i}`;
  const rows: string[] = [];
  const continuous: string[] = [];
  const spanIndex = new Map<string, number>();
  let rowCount = 0;
  const row = (terms: string, rhs: string) => rows.push(` r${rowCount++}: ${terms} ${rhs}`);
  const zOf = (arc: Pick<PlacementInstance['arcs'][number], 'from' | 'to' | 'junctions'>) => {
    const key = [arc.from < arc.to ? `${arc.from}|${arc.to}` : `${arc.to}|${arc.from}`, ...[...arc.junctions].sort()].join('|');
    let z = spanIndex.get(key);
    if (z !== undefined) return `z${z}`;
    z = spanIndex.size;
    spanIndex.set(key, z);
    const name = `z${z}`;
    continuous.push(name);
    for (const end of [arc.from, arc.to]) {
      const c = candidateIndex.get(end);
      if (c !== undefined) row(`${name} - ${yName(c)}`, '<= 0');
    }
    for (const j of arc.junctions) row(`${name} + ${yName(candidateIndex.get(j)!)}`, '<= 1');
    return name;
  };
  const k = instance.disjointRoutes;
  instance.requests.forEach((planned, r) => {
    const { source, target } = planned.request;
    const relay = (id: string) => instance.fixedRelays.has(id) || candidateIndex.has(id);
    const flowOut = new Map<string, string[]>();
    const flowIn = new Map<string, string[]>();
    const byPair = new Map<string, string[]>();
    const push = (map: Map<string, string[]>, key: string, term: string) => (map.get(key) ?? map.set(key, []).get(key)!).push(term);
    instance.arcs.forEach((arc, a) => {
      if (!(arc.rateBitsPerSecond[r]! >= options.thresholds[r]!)) return;
      if (arc.to === source || arc.from === target) return;
      if ((arc.from !== source && !relay(arc.from)) || (arc.to !== target && !relay(arc.to))) return;
      const f = `f${r}_${a}`;
      continuous.push(f);
      row(`${f} - ${zOf(arc)}`, '<= 0');
      push(flowOut, arc.from, f);
      push(flowIn, arc.to, f);
      push(byPair, arc.from < arc.to ? `${arc.from}|${arc.to}` : `${arc.to}|${arc.from}`, f);
    });
    const nodes = new Set([...flowOut.keys(), ...flowIn.keys(), source, target]);
    for (const node of nodes) {
      const terms = [...(flowOut.get(node) ?? []).map((f) => `+ ${f}`), ...(flowIn.get(node) ?? []).map((f) => `- ${f}`)];
      const rhs = node === source ? k : node === target ? -k : 0;
      // A request with no usable hop at its source has an empty row: 0 = 1, infeasible, which is the truth.
      row(terms.length ? chunk(terms) : '0 zero', `= ${rhs}`);
      // A chain enters a kept site at most once (a loop can always be cut out), so its inflow is at most y: the same
      // integer optima, and a much tighter relaxation than one bound per hop. With k routes it is their node capacity.
      const c = candidateIndex.get(node);
      const inflow = flowIn.get(node);
      if (c !== undefined && inflow?.length) row(`${chunk(inflow.map((f) => `+ ${f}`))} - ${yName(c)}`, '<= 0');
      else if (k > 1 && node !== target && inflow?.length) row(chunk(inflow.map((f) => `+ ${f}`)), '<= 1');
    }
    // k routes may not share two nodes' hop either (a placement keeps one link per pair): unit flows give k disjoint routes (Menger).
    if (k > 1) for (const flows of byPair.values()) if (flows.length > 1) row(chunk(flows.map((f) => `+ ${f}`)), '<= 1');
  });
  const chainBinaries: string[] = [];
  instance.chainRequests.forEach((planned, r) => {
    const chosen: string[] = [];
    const throughNode = new Map<string, string[]>();
    const throughPair = new Map<string, string[]>();
    planned.chains.forEach((chain, p) => {
      const x = `x${r}_${p}`;
      chosen.push(`+ ${x}`);
      // With one route a fractional x is as good as a whole one (any open chain will do); k routes must be whole chains.
      if (k > 1) chainBinaries.push(x);
      else continuous.push(x);
      for (const hop of chain.hops) {
        row(`${x} - ${zOf(hop)}`, '<= 0');
        if (hop.to !== planned.request.target) (throughNode.get(hop.to) ?? throughNode.set(hop.to, []).get(hop.to)!).push(`+ ${x}`);
        const pair = hop.from < hop.to ? `${hop.from}|${hop.to}` : `${hop.to}|${hop.from}`;
        (throughPair.get(pair) ?? throughPair.set(pair, []).get(pair)!).push(`+ ${x}`);
      }
    });
    row(chosen.length ? chunk(chosen) : '0 zero', `>= ${k}`);
    if (k > 1) for (const terms of [...throughNode.values(), ...throughPair.values()]) if (terms.length > 1) row(chunk(terms), '<= 1');
  });
  if (options.budget !== undefined && instance.candidates.length > 0) {
    row(chunk(instance.candidates.map((_, i) => `+ ${options.costs[i]} ${yName(i)}`)), `<= ${options.budget}`);
  }
  const objective = instance.candidates.length ? chunk(instance.candidates.map((_, i) => `+ ${options.costs[i]} ${yName(i)}`)) : '0 zero';
  const binaries = [...instance.candidates.map((_, i) => yName(i)), ...chainBinaries];
  const text = [
    'Minimize',
    ` obj: ${objective}`,
    'Subject To',
    ...rows,
    'Bounds',
    ' zero = 0',
    ...continuous.map((v) => ` 0 <= ${v} <= 1`),
    ...(binaries.length ? ['Binary', ...chunkLines(binaries)] : []),
    'End',
    '',
  ].join('\n');
  return { text, yName };
}

/** Long sums over several lines: the LP format continues a row on the next line. */
function chunk(terms: string[]): string {
  return chunkLines(terms).join('\n   ');
}

function chunkLines(terms: string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 20) lines.push(' ' + terms.slice(i, i + 20).join(' '));
  return lines;
}
