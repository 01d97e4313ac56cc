import { SPEED_OF_LIGHT_KM_PER_S } from '../engine/constants';
import type { Scenario } from '../scenario/schema';
import { DropList } from './drop-list';

/** A NED identifier: letters, digits and _, not starting with a digit, unique among `taken`. */
function nedName(text: string, taken: Set<string>): string {
  let name = text.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(name)) name = `n_${name}`;
  const base = name;
  for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
  taken.add(name);
  return name;
}

/**
 * QuISP's `channel_loss_rate`: the probability that a photon is lost in one km, which its QuantumChannel raises to the
 * power of the length in km (a per-km transition matrix); for α dB/km it is 1 − 10^(−α/10) (definition of the decibel).
 */
export function channelLossRatePerKm(attenuationDbPerKm: number): number {
  return -Math.expm1((-attenuationDbPerKm / 10) * Math.LN10);
}

/**
 * The scenario as a QuISP network (OMNeT++ NED) and its run configuration (.ini): stations become EndNode QNodes and
 * repeaters Repeater QNodes, each fiber a ClassicalChannel and a QuantumChannel with its length, light speed and loss,
 * named as QuISP's channels.ned declares them: `distance` (km), `speed_of_light_in_fiber` (km, per second of delay) and
 * `channel_loss_rate` (per km).
 */
export function toQuisp(scenario: Scenario): { networkName: string; ned: string; ini: string; dropped: DropList } {
  const dropped = new DropList();
  const networkName = nedName(scenario.name || 'qnet', new Set());
  const taken = new Set(['backend', 'logger', 'sharedResource']);
  const names = new Map<string, string>();
  const submodules: string[] = [];
  let address = 0;
  for (const node of scenario.nodes) {
    if (node.kind === 'satellite') {
      dropped.add('satellites and their links', node.id);
      continue;
    }
    const name = nedName(node.id, taken);
    names.set(node.id, name);
    if (name !== node.id) dropped.add('characters not allowed in NED names (renamed)', `${node.id} → ${name}`);
    const type = node.kind === 'repeater' ? 'Repeater' : 'EndNode';
    if (node.kind === 'trusted-node') dropped.add('trusted-node relay (exported as an EndNode)', node.id);
    submodules.push(`        ${name}: QNode {`, `            address = ${++address};`, `            node_type = "${type}";`, `            @display("p=${Math.round(node.position.x)},${Math.round(node.position.y)}");`, '        }');
    dropped.add(node.kind === 'repeater' ? 'repeater memory and swap settings (QuISP takes them from its .ini error models)' : 'station detector and source settings', node.id);
  }
  const connections: string[] = [];
  for (const link of scenario.links) {
    const [a, b] = [names.get(link.source), names.get(link.target)];
    if (a === undefined || b === undefined) continue;
    if (link.kind !== 'fiber') {
      dropped.add('free-space links', link.id);
      continue;
    }
    const p = link.params;
    const lightKmPerSecond = SPEED_OF_LIGHT_KM_PER_S / p.groupIndex;
    const common = `distance = ${p.lengthKm}km; speed_of_light_in_fiber = ${lightKmPerSecond}km;`;
    connections.push(
      `        ${a}.port++ <--> ClassicalChannel { ${common} } <--> ${b}.port++;`,
      `        ${a}.quantum_port++ <--> QuantumChannel { ${common} channel_loss_rate = ${channelLossRatePerKm(p.attenuationDbPerKm)}; } <--> ${b}.quantum_port_receiver++;`,
    );
    if (p.insertionLossDb !== 0 || p.misalignmentError !== 0.033 || p.interceptedFraction !== 0) dropped.add('fiber insertion loss, misalignment and eavesdropping', link.id);
  }
  for (const request of scenario.requests) dropped.add('requests (set QuISP traffic in the .ini)', request.id);
  if (scenario.events.length) dropped.add(`${scenario.events.length} events (failures, eavesdroppers)`);
  const ned = [
    `// QuISP network exported by qnet from the scenario "${scenario.name.replace(/[\r\n"]/g, ' ')}".`,
    'package networks;',
    '',
    'import modules.*;',
    'import modules.Backend.Backend;',
    'import modules.Logger.Logger;',
    'import modules.SharedResource.SharedResource;',
    'import channels.*;',
    '',
    `network ${networkName}`,
    '{',
    '    submodules:',
    '        backend: Backend;',
    '        logger: Logger;',
    '        sharedResource: SharedResource;',
    ...submodules,
    '    connections:',
    ...connections,
    '}',
    '',
  ].join('\n');
  const ini = [
    `# QuISP run of the network ${networkName}, exported by qnet; error models are QuISP's defaults.`,
    '[General]',
    `network = networks.${networkName}`,
    `seed-set = ${scenario.seed}`,
    `sim-time-limit = ${scenario.settings.durationSeconds}s`,
    '',
  ].join('\n');
  return { networkName, ned, ini, dropped };
}
