import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeaterChain } from '../scenario/examples/repeater-chain';
import { parseScenario } from '../scenario/validate';
import { channelLossRatePerKm, toQuisp } from './quisp-format';
import { channelParameters, nedConnections, nedDeclarations, nedSubmodules, nedUnit } from './testing/ned-declarations';

/** QuISP's own channels.ned, QNode.ned and a network of theirs, copied verbatim (fixtures/quisp/README.md). */
const read = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'quisp', name), 'utf8');
const channels = nedDeclarations(read('channels.ned'));
const qnode = nedDeclarations(read('QNode.ned')).get('QNode')!;

/** Every channel and QNode parameter a network sets is one QuISP declares, in the unit it declares, on declared gates. */
function undeclared(network: string): string[] {
  const problems: string[] = [];
  for (const c of nedConnections(network)) {
    const declared = channelParameters(channels, c.channel);
    if (declared === null) {
      problems.push(`channel type ${c.channel}`);
      continue;
    }
    for (const [name, value] of c.assignments) {
      if (!declared.has(name)) problems.push(`${c.channel}.${name}`);
      else if (nedUnit(value) !== declared.get(name)) problems.push(`${c.channel}.${name} = ${value} (declared in "${declared.get(name)}")`);
    }
    for (const [node, gate] of [[c.from, c.fromGate], [c.to, c.toGate]] as const) {
      const module = nedSubmodules(network).find((m) => m.name === node);
      if (module?.type === 'QNode' && !qnode.gates.has(gate)) problems.push(`gate ${node}.${gate}`);
    }
  }
  for (const m of nedSubmodules(network).filter((s) => s.type === 'QNode')) for (const name of m.assignments.keys()) if (!qnode.parameters.has(name)) problems.push(`QNode.${name}`);
  return problems;
}

describe("QuISP export against QuISP's declarations", () => {
  it('reads what the fixtures declare: fiber length and light speed in km, a unitless per-km loss, the QNode gates', () => {
    expect([...channelParameters(channels, 'QuantumChannel')!]).toEqual(
      expect.arrayContaining([['distance', 'km'], ['speed_of_light_in_fiber', 'km'], ['channel_loss_rate', ''], ['channel_x_error_rate', ''], ['delay', 's']]),
    );
    expect(channelParameters(channels, 'ClassicalChannel')!.has('channel_loss_rate')).toBe(false);
    expect([...qnode.gates]).toEqual(['port', 'quantum_port', 'quantum_port_receiver', 'quantum_port_receiver_passive']);
    expect(qnode.parameters.has('node_type')).toBe(true);
  });

  it("passes the check on QuISP's own network and fails it on the names an earlier export used", () => {
    const theirs = read('topology_simple_network.ned');
    expect(nedConnections(theirs)).toHaveLength(4);
    expect(undeclared(theirs)).toEqual([]);
    const old = 'network n\n{\n    submodules:\n        a: QNode { address = 1; }\n        b: QNode { address = 2; }\n    connections:\n' +
      '        a.quantum_port++ <--> QuantumChannel { distance = 2km; distance_of_light_in_fiber_per_sec = 204218km; photon_loss_rate = 0.04; } <--> b.quantum_port_receiver++;\n}\n';
    expect(undeclared(old)).toEqual(['QuantumChannel.distance_of_light_in_fiber_per_sec', 'QuantumChannel.photon_loss_rate']);
  });

  it('exports a repeater chain using only declared channel parameters, units, QNode parameters and gates', () => {
    const parsed = parseScenario(repeaterChain.scenario);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const { ned } = toQuisp(parsed.scenario);
    const connections = nedConnections(ned);
    expect(connections).toHaveLength(10);
    expect(new Set(connections.map((c) => c.channel))).toEqual(new Set(['ClassicalChannel', 'QuantumChannel']));
    expect(connections.find((c) => c.channel === 'QuantumChannel')!.assignments).toEqual(
      new Map([['distance', '200km'], ['speed_of_light_in_fiber', `${299_792.458 / 1.468}km`], ['channel_loss_rate', String(channelLossRatePerKm(0.2))]]),
    );
    expect(undeclared(ned)).toEqual([]);
  });
});
