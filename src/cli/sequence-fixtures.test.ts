import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trustedRelay } from '../scenario/examples/trusted-relay';
import { runCli } from './run-cli';
import { fromSequence } from './sequence-import';
import { toSequence } from './sequence-export';

/** SeQUeNCe's own sample topologies, copied verbatim (fixtures/sequence/README.md names their source and licence). */
const FIXTURES = join(import.meta.dirname, 'fixtures', 'sequence');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'qnet-sequence-'));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const KET = "formalism ket_vector (the scenario's pairs are Bell-diagonal; memories read as not decohering, expiring at their coherence time)";
const SEEDS = "per-node seeds (the scenario has one seed: the first node's)";
const CLASSICAL = 'classical channels and their delays (the scenario derives delays from fiber length)';

describe("SeQUeNCe's sample topologies", () => {
  it('star_network.json: a hub repeater and four stations on 500 m of 0.2 dB/km fiber, with SeQUeNCe memory defaults', () => {
    const { scenario, dropped } = fromSequence(fixture('star_network.json'));
    expect(scenario.nodes.map((n) => [n.id, n.kind])).toEqual([['center', 'repeater'], ['router1', 'ground-station'], ['router2', 'ground-station'], ['router3', 'ground-station'], ['router4', 'ground-station']]);
    expect(scenario.links.map((l) => [l.source, l.target, l.params.lengthKm, 'attenuationDbPerKm' in l.params && l.params.attenuationDbPerKm])).toEqual(
      ['router1', 'router2', 'router3', 'router4'].map((leaf) => ['center', leaf, 0.5, 0.2]),
    );
    // No template: MemoryArray's defaults (fidelity 0.85, efficiency 1, 80 MHz, coherence_time −1 = never decoheres) and swap success 1.
    expect(scenario.nodes[0]).toMatchObject({ memoryNoiseModel: 'dephasing', params: { initialFidelity: 0.85, memoryEfficiency: 1, maxAttemptRateHz: 8e7, coherenceTimeSeconds: 1e6, memoryCutoffSeconds: 0, swapSuccessProbability: 1 } });
    expect([scenario.seed, scenario.settings.durationSeconds]).toEqual([0, 2]);
    expect(dropped.summary()).toBe(`${KET}; memory counts (memo_size; the scenario has no memory count) (center, router1, router2, router3, router4); ${SEEDS}; ${CLASSICAL}`);
  });

  it('qkd_net_topo_sample_config.json: two QKD stations on 3 km of 0.01 dB/km fiber', () => {
    const { scenario, dropped } = fromSequence(fixture('qkd_net_topo_sample_config.json'));
    expect(scenario.nodes.map((n) => [n.id, n.kind])).toEqual([['alice', 'ground-station'], ['bob', 'ground-station']]);
    expect(scenario.links.map((l) => [l.source, l.target, l.params.lengthKm, 'attenuationDbPerKm' in l.params && l.params.attenuationDbPerKm])).toEqual([['alice', 'bob', 3, 0.01]]);
    expect(scenario.settings.durationSeconds).toBe(1);
    expect(dropped.summary()).toBe(`${KET}; ${SEEDS}; ${CLASSICAL}; QKD node hardware (the stations take the scenario's detector and source defaults) (alice, bob)`);
  });

  it('router_net_topo_sample_config.json: two BSM-joined 5 km hops, Bell-diagonal memories with depolarizing decoherence', () => {
    const { scenario, dropped } = fromSequence(fixture('router_net_topo_sample_config.json'));
    expect(scenario.nodes.map((n) => [n.id, n.kind])).toEqual([['router_0', 'ground-station'], ['router_1', 'repeater'], ['router_2', 'ground-station']]);
    expect(scenario.links.map((l) => [l.source, l.target, l.params.lengthKm])).toEqual([['router_0', 'router_1', 5], ['router_1', 'router_2', 5]]);
    // coherence_time 2 s with equal Pauli rates is a depolarizing time of 1.5 s; memories expire after 1 × 2 s.
    expect(scenario.nodes[1]).toMatchObject({ memoryNoiseModel: 'depolarizing', params: { initialFidelity: 0.95, memoryEfficiency: 0.6, coherenceTimeSeconds: 1.5, memoryCutoffSeconds: 2, swapSuccessProbability: 0.99 } });
    expect(dropped.summary()).toBe(
      'memory counts (memo_size; the scenario has no memory count) (router_0, router_1, router_2); ' +
        'gate_fidelity and measurement_fidelity (RouterNetTopo does not pass them to routers) (router_0, router_1, router_2); ' +
        `${SEEDS}; BSM node templates (detector efficiency, encoding type) (BSM_router_0_router_1: bsm_template, BSM_router_1_router_2: bsm_template); ` +
        `${CLASSICAL}; router template settings the scenario has no equivalent for (router_template.routing); ` +
        'swap settings of routers with one fiber (ground stations do not swap) (router_0, router_2)',
    );
  });

  for (const name of ['star_network.json', 'qkd_net_topo_sample_config.json', 'router_net_topo_sample_config.json']) {
    it(`${name}: import → export → import is a fixed point, through the commands byte for byte`, async () => {
      const first = await run(['import', '--from', 'sequence', join(FIXTURES, name)]);
      expect(first.code).toBe(0);
      expect(first.stderr).toBe(`qnet: import from SeQUeNCe dropped: ${fromSequence(fixture(name)).dropped.summary()}\n`);
      const scenarioFile = join(dir, `${name}.scenario.json`);
      writeFileSync(scenarioFile, first.stdout);
      const topologyFile = join(dir, `${name}.topology.json`);
      expect((await run(['export', '--to', 'sequence', scenarioFile, '--out', topologyFile])).code).toBe(0);
      const second = await run(['import', '--from', 'sequence', topologyFile]);
      expect(second.stdout).toBe(first.stdout);
      // The exported file is Bell-diagonal with every memory in a template: only seeds and delays are left to report.
      expect(second.stderr).toBe(`qnet: import from SeQUeNCe dropped: ${SEEDS}; ${CLASSICAL}\n`);
      const third = fromSequence(toSequence(fromSequence(JSON.parse(readFileSync(topologyFile, 'utf8'))).scenario).topology).scenario;
      expect(JSON.stringify(third, null, 2) + '\n').toBe(first.stdout);
    });
  }
});

describe('what import and export report dropping', () => {
  it('import names unknown top-level and node fields, unused templates, swap degradation, odd decoherence and a missing stop time', () => {
    const { dropped } = fromSequence({
      formalism: 'bell_diagonal',
      is_parallel: false,
      templates: {
        mem: { MemoryArray: { coherence_time: 1, decoherence_errors: [0.5, 0, 0.5], wavelength: 1550 }, EntanglementSwapping: { swapping_degradation: 0.95 } },
        spare: {},
      },
      nodes: [
        { name: 'bsm', type: 'BSMNode', seed: 1, colour: 'red' },
        { name: 'a', type: 'QuantumRouter', seed: 1, template: 'mem', group: 3 },
        { name: 'b', type: 'QuantumRouter', seed: 1, template: 'mem' },
        { name: 'c', type: 'QuantumRouter', seed: 1, template: 'mem' },
      ],
      qconnections: [
        { node1: 'a', node2: 'b', attenuation: 0.0002, distance: 1000, type: 'meet_in_the_middle' },
        { node1: 'b', node2: 'c', attenuation: 0.0002, distance: 1000, type: 'meet_in_the_middle', seed: 4 },
      ],
    });
    expect(new Set(dropped.kinds())).toEqual(new Set([
      'top-level fields',
      'node fields the scenario has no equivalent for',
      'templates no node uses',
      'qconnection fields the scenario has no equivalent for',
      'memory settings the scenario has no equivalent for',
      'decoherence_errors other than equal (depolarizing) or Z only (dephasing), read as depolarizing',
      'swap settings of routers with one fiber (ground stations do not swap)',
      "swap settings the scenario has no equivalent for (its swaps are Bell-diagonal with gate and measurement noise)",
      'a missing or non-positive stop_time (the scenario runs 600 s)',
    ]));
    const summary = dropped.summary();
    for (const part of ['(is_parallel)', '(bsm.colour, a.group)', '(spare)', '(qconnections[1].seed)', '(mem.MemoryArray.wavelength)', '(mem.EntanglementSwapping.swapping_degradation)']) expect(summary).toContain(part);
  });

  it('export says a trusted node becomes a plain router, and what else SeQUeNCe cannot hold', async () => {
    const file = join(dir, 'trusted.json');
    writeFileSync(file, JSON.stringify(trustedRelay.scenario));
    const exported = await run(['export', '--to', 'sequence', file]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe(
      'qnet: export to SeQUeNCe dropped: station detector, source and heralding detector settings (geneva, bern, zurich); ' +
        'trusted-node relay (exported as a plain QuantumRouter) (bern); ' +
        'memory counts (the scenario has none: set memo_size on each router, SeQUeNCe reads a missing one as 0); ' +
        'requests (SeQUeNCe applications are Python code) (key-gz); labels, positions, map locations and settings other than the run time\n',
    );
    const quisp = await run(['export', '--to', 'quisp', file, '--out', join(dir, 'trusted')]);
    expect(quisp.stderr).toBe(
      'qnet: export to QuISP dropped: station detector and source settings (geneva, bern, zurich); trusted-node relay (exported as an EndNode) (bern); requests (set QuISP traffic in the .ini) (key-gz)\n',
    );
  });
});
