import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeaterChain } from '../scenario/examples/repeater-chain';
import type { Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { channelLossRatePerKm, toQuisp } from './quisp-format';
import { runCli } from './run-cli';
import { fromSequence } from './sequence-import';
import { toSequence } from './sequence-export';

const dir = mkdtempSync(join(tmpdir(), 'qnet-convert-'));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function parsed(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/** A SeQUeNCe-style topology written for this test: a star by qconnections, a chain through BSM nodes, odd names. */
const topology = {
  stop_time: 2e12,
  templates: { mem: { MemoryArray: { fidelity: 0.93, efficiency: 0.7, coherence_time: 0.5 }, EntanglementSwapping: { swapping_success_prob: 0.8 } } },
  nodes: [
    { name: 'hub', type: 'QuantumRouter', seed: 9, template: 'mem' },
    { name: 'leaf 1', type: 'QuantumRouter', seed: 10 },
    { name: 'leaf2', type: 'QKDNode', seed: 11 },
    { name: 'BSM_hub_far', type: 'BSMNode', seed: 12 },
    { name: 'far', type: 'QuantumRouter', seed: 13 },
    { name: 'meter', type: 'PowerMeter' },
  ],
  qconnections: [
    { node1: 'hub', node2: 'leaf 1', attenuation: 0.0002, distance: 12_345, type: 'meet_in_the_middle' },
    { node1: 'hub', node2: 'leaf2', attenuation: 0.00018, distance: 7_000, type: 'meet_in_the_middle' },
  ],
  qchannels: [
    { source: 'hub', destination: 'BSM_hub_far', attenuation: 0.0002, distance: 20_000 },
    { source: 'far', destination: 'BSM_hub_far', attenuation: 0.0003, distance: 10_000 },
  ],
  cconnections: [{ node1: 'hub', node2: 'far', delay: 1e9 }],
};

describe('SeQUeNCe import and export', () => {
  it('imports routers, fibers and BSM-joined arms, and says what it dropped', () => {
    const { scenario, dropped } = fromSequence(topology);
    const s = parsed(scenario);
    expect(s.nodes.map((n) => [n.id, n.kind])).toEqual([['hub', 'repeater'], ['leaf_1', 'ground-station'], ['leaf2', 'ground-station'], ['far', 'ground-station']]);
    expect(s.links.map((l) => [l.source, l.target, l.params.lengthKm, 'attenuationDbPerKm' in l.params ? l.params.attenuationDbPerKm : null])).toEqual([
      ['hub', 'leaf_1', 12.345, 0.2],
      ['hub', 'leaf2', 7, 0.18],
      // 20 km at 0.2 dB/km and 10 km at 0.3 dB/km: 30 km with the same 7 dB in total (kept to 13 significant digits).
      ['hub', 'far', 30, Number((7 / 30).toPrecision(13))],
    ]);
    // No formalism given: SeQUeNCe's ket vectors, whose memories do not decohere but expire at their coherence time.
    expect(s.nodes[0]!.params).toMatchObject({ initialFidelity: 0.93, memoryEfficiency: 0.7, coherenceTimeSeconds: 1e6, memoryCutoffSeconds: 0.5, swapSuccessProbability: 0.8 });
    // A router without a template has SeQUeNCe's MemoryArray defaults.
    expect(s.nodes[1]!.params).toMatchObject({ initialFidelity: 0.85, memoryEfficiency: 1, maxAttemptRateHz: 8e7, coherenceTimeSeconds: 1e6, memoryCutoffSeconds: 0 });
    expect(s.seed).toBe(9);
    expect(s.settings.durationSeconds).toBe(2);
    const summary = dropped.summary();
    expect(summary).toContain('meter (PowerMeter)');
    expect(summary).toContain('leaf 1 → leaf_1');
    expect(summary).toContain('classical channels');
  });

  it('is a fixed point: import → export → import gives the same scenario', () => {
    const first = fromSequence(topology).scenario;
    const again = fromSequence(JSON.parse(JSON.stringify(toSequence(parsed(first)).topology))).scenario;
    expect(again).toEqual(first);
    const third = fromSequence(JSON.parse(JSON.stringify(toSequence(parsed(again)).topology))).scenario;
    expect(third).toEqual(first);
  });

  it('exports metres, dB per metre and picosecond delays, repeaters with templates, and drops what SeQUeNCe cannot hold', () => {
    const { topology: out, dropped } = toSequence(parsed(repeaterChain.scenario));
    expect(out.formalism).toBe('bell_diagonal');
    expect(out.nodes.map((n) => [n.name, n.template])).toEqual([
      ['a-direct', 'template_1'],
      ['b-direct', 'template_1'],
      ['a-chain', 'template_1'],
      ['r1', 'template_2'],
      ['r2', 'template_2'],
      ['r3', 'template_2'],
      ['b-chain', 'template_1'],
    ]);
    // Dephasing T2 = 1 s is SeQUeNCe's coherence_time 2 s with Z errors only; no cutoff.
    expect(out.templates!.template_2).toEqual({
      MemoryArray: { fidelity: 0.98, efficiency: 0.9, frequency: 1e6, coherence_time: 2, decoherence_errors: [0, 0, 1], cutoff_flag: false },
      EntanglementSwapping: { swapping_success_prob: 0.5 },
    });
    const direct = out.qconnections!.find((c) => c.node1 === 'a-direct')!;
    expect(direct).toEqual({ node1: 'a-direct', node2: 'b-direct', attenuation: 0.0002, distance: 200_000, type: 'meet_in_the_middle' });
    // 200 km at c / 1.468: 979 µs.
    expect(out.cconnections!.find((c) => c.node1 === 'a-direct')!.delay).toBe(Math.round((200 * 1.468) / 299_792.458 * 1e12));
    expect(out.stop_time).toBe(600e12);
    expect(dropped.summary()).toMatch(/requests \(SeQUeNCe applications are Python code\) \(pairs-direct, pairs-chain\)/);
  });
});

describe('QuISP export', () => {
  it('gives per-km photon loss 1 − 10^(−α/10)', () => {
    expect(channelLossRatePerKm(10)).toBeCloseTo(0.9, 15);
    expect(channelLossRatePerKm(0.2)).toBeCloseTo(1 - 10 ** -0.02, 15);
    expect(channelLossRatePerKm(0)).toBe(0);
  });

  it('writes QNodes, channels with length, light speed and loss, and the run settings', () => {
    const { ned, ini, networkName, dropped } = toQuisp(parsed(repeaterChain.scenario));
    expect(networkName).toBe('Repeater_chain_vs_direct__200_km');
    expect(ned).toContain(`network ${networkName}\n{`);
    expect(ned).toMatch(/ {8}r1: QNode \{\n {12}address = 4;\n {12}node_type = "Repeater";/);
    expect(ned).toMatch(/ {8}a_direct: QNode \{\n {12}address = 1;\n {12}node_type = "EndNode";/);
    expect(ned).toContain(`a_direct.quantum_port++ <--> QuantumChannel { distance = 200km; speed_of_light_in_fiber = ${299_792.458 / 1.468}km; channel_loss_rate = ${channelLossRatePerKm(0.2)}; } <--> b_direct.quantum_port_receiver++;`);
    expect(ned.match(/ClassicalChannel/g)).toHaveLength(5);
    expect(ini).toContain(`network = networks.${networkName}\nseed-set = 1\nsim-time-limit = 600s`);
    expect(dropped.summary()).toContain('a-direct → a_direct');
  });
});

describe('qnet export and import', () => {
  it('round-trips a file through the commands, with one line on stderr about what was dropped', async () => {
    const topologyFile = join(dir, 'topology.json');
    writeFileSync(topologyFile, JSON.stringify(topology));
    const imported = await run(['import', '--from', 'sequence', topologyFile]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/^qnet: import from SeQUeNCe dropped: [^\n]+\n$/);
    const scenarioFile = join(dir, 'scenario.json');
    writeFileSync(scenarioFile, imported.stdout);
    const exported = await run(['export', '--to', 'sequence', scenarioFile, '--out', join(dir, 'again.json')]);
    expect(exported.code).toBe(0);
    const reimported = await run(['import', '--from', 'sequence', join(dir, 'again.json')]);
    expect(reimported.stdout).toBe(imported.stdout);
    const quisp = await run(['export', '--to', 'quisp', scenarioFile, '--out', join(dir, 'net')]);
    expect(quisp.code).toBe(0);
    expect(readFileSync(join(dir, 'net.ned'), 'utf8')).toContain('network Imported_from_SeQUeNCe');
    expect(readFileSync(join(dir, 'net.ini'), 'utf8')).toContain('sim-time-limit = 2s');
  });

  it('refuses a wrong target or a file that is not a topology in one line', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ links: [] }));
    expect(await run(['import', '--from', 'sequence', bad])).toMatchObject({ code: 1, stderr: `qnet: ${bad} is not a SeQUeNCe topology: expected an object with a "nodes" list\n` });
    expect(await run(['import', '--from', 'netsquid', bad])).toMatchObject({ code: 2, stderr: 'qnet: import: --from must be sequence, not "netsquid"\n' });
    expect(await run(['export', '--to', 'quisp', 'examples/bb84-50km.json'])).toMatchObject({ code: 2, stderr: 'qnet: export --to quisp needs --out BASE for BASE.ned and BASE.ini\n' });
  });
});
