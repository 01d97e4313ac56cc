import { readFile } from 'node:fs/promises';
import { jsonSyntaxError } from '../scenario/json-syntax-error';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { parseCommandArgs } from './command-args';
import { toQuisp } from './quisp-format';
import { readFailure, readScenarioFile } from './read-scenario-file';
import type { DropList } from './drop-list';
import { fromSequence } from './sequence-import';
import { toSequence } from './sequence-export';
import { writeFileAtomically } from './shard-files';

export const EXPORT_USAGE = `usage: qnet export --to sequence|quisp FILE.json [--out PATH]
  Writes the scenario's network for another simulator and says on stderr, in one line, what it could not carry.
  --to sequence   SeQUeNCe JSON topology (QuantumRouters with memory templates, qconnections, cconnections, stop_time,
                  Bell-diagonal formalism); stdout or --out FILE
  --to quisp      QuISP network: --out BASE writes BASE.ned (put it in quisp/networks/) and BASE.ini`;

export const IMPORT_USAGE = `usage: qnet import --from sequence TOPOLOGY.json [--out FILE]
  Reads a SeQUeNCe JSON topology into a scenario (stdout or --out FILE) and says on stderr what it dropped.
  Routers with one fiber become ground stations, with more repeaters, their memories from their templates (SeQUeNCe's
  defaults where left out); fibers come from qconnections, qchannels and BSM nodes between two routers. The scenario
  is written with every default filled, so import → export → import gives the same file.`;

function reportDropped(io: CliIo, what: string, dropped: DropList): void {
  const summary = dropped.summary();
  if (summary) io.stderr(`qnet: ${what} dropped: ${summary}\n`);
}

/** `qnet export --to sequence|quisp`. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', args, { to: { type: 'string' }, out: { type: 'string' } });
  if (values.help) {
    await io.stdout(EXPORT_USAGE + '\n');
    return 0;
  }
  if (values.to !== 'sequence' && values.to !== 'quisp') throw new CliError(`export: --to must be sequence or quisp${values.to === undefined ? '' : `, not "${values.to}"`}`);
  if (positionals.length !== 1) throw new CliError(`export needs exactly one scenario file, got ${positionals.length} (see qnet export --help)`);
  const scenario = await readScenarioFile(positionals[0]!);
  if (values.to === 'sequence') {
    const { topology, dropped } = toSequence(scenario);
    const text = JSON.stringify(topology, null, 2) + '\n';
    if (values.out !== undefined) await writeFileAtomically(values.out, text);
    else await io.stdout(text);
    reportDropped(io, 'export to SeQUeNCe', dropped);
    return 0;
  }
  if (values.out === undefined) throw new CliError('export --to quisp needs --out BASE for BASE.ned and BASE.ini');
  const base = values.out.replace(/\.(ned|ini)$/, '');
  const { ned, ini, dropped } = toQuisp(scenario);
  await writeFileAtomically(`${base}.ned`, ned);
  await writeFileAtomically(`${base}.ini`, ini);
  reportDropped(io, 'export to QuISP', dropped);
  return 0;
}

/** `qnet import --from sequence`. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, { from: { type: 'string' }, out: { type: 'string' } });
  if (values.help) {
    await io.stdout(IMPORT_USAGE + '\n');
    return 0;
  }
  if (values.from !== 'sequence') throw new CliError(`import: --from must be sequence${values.from === undefined ? '' : `, not "${values.from}"`}`);
  if (positionals.length !== 1) throw new CliError(`import needs exactly one topology file, got ${positionals.length} (see qnet import --help)`);
  const file = positionals[0]!;
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${readFailure(e)}`, 1);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    throw new CliError(`${file} is not valid JSON at ${jsonSyntaxError(source)}`, 1);
  }
  let converted: ReturnType<typeof fromSequence>;
  try {
    converted = fromSequence(raw);
  } catch (e) {
    throw e instanceof CliError ? new CliError(`${file} is ${e.message}`, 1) : e;
  }
  const text = JSON.stringify(converted.scenario, null, 2) + '\n';
  if (values.out !== undefined) await writeFileAtomically(values.out, text);
  else await io.stdout(text);
  reportDropped(io, 'import from SeQUeNCe', converted.dropped);
  return 0;
}
