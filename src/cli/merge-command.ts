import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { parseCommandArgs } from './command-args';
import { readFailure } from './read-scenario-file';
import { MANIFEST_KIND, MANIFEST_SUFFIX, writeFileAtomically, type ShardManifest } from './shard-files';

export const MERGE_USAGE = `usage: qnet merge DIR [--out FILE]
  Joins the parts that qnet sweep --out DIR wrote into exactly the bytes an unsharded run prints. Refuses (exit 1)
  when the manifests disagree on the sweep (spec hash, version, format), a point range is missing or covered twice,
  or a part does not match its manifest's row count and sha256.
  --out FILE   write FILE (atomically) instead of stdout`;

const SAME_SWEEP_FIELDS = ['specHash', 'qnetVersion', 'format', 'pointCount', 'header'] as const;

function range(m: ShardManifest): string {
  return m.pointEnd - m.pointStart === 1 ? `point ${m.pointStart}` : `points ${m.pointStart}–${m.pointEnd - 1}`;
}

/** Reads and checks every manifest in dir; returns them in point order, or throws naming the first problem. */
export async function checkedManifests(dir: string): Promise<ShardManifest[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(MANIFEST_SUFFIX) && !n.startsWith('.')).sort();
  } catch (e) {
    throw new CliError(`cannot read ${dir}: ${readFailure(e)}`, 1);
  }
  if (names.length === 0) throw new CliError(`merge: ${dir} holds no shard manifests (*${MANIFEST_SUFFIX}); run qnet sweep --out ${dir} first`, 1);
  const manifests: (ShardManifest & { file: string })[] = [];
  for (const name of names) {
    let manifest: ShardManifest;
    try {
      manifest = JSON.parse(await readFile(join(dir, name), 'utf8')) as ShardManifest;
    } catch (e) {
      throw new CliError(`merge: cannot read ${name}: ${(e as Error).message}`, 1);
    }
    if (manifest?.kind !== MANIFEST_KIND) throw new CliError(`merge: ${name} is not a qnet sweep shard manifest`, 1);
    manifests.push({ ...manifest, file: name });
  }
  const first = manifests[0]!;
  for (const m of manifests) {
    for (const field of SAME_SWEEP_FIELDS) {
      if (m[field] !== first[field]) {
        const shown = (v: unknown) => (field === 'specHash' ? `${String(v).slice(0, 12)}…` : JSON.stringify(v));
        throw new CliError(`merge: ${m.file} and ${first.file} come from different sweeps (${field} ${shown(m[field])} vs ${shown(first[field])})`, 1);
      }
    }
  }
  const ordered = manifests.filter((m) => m.pointEnd > m.pointStart).sort((a, b) => a.pointStart - b.pointStart || a.pointEnd - b.pointEnd);
  let covered = 0;
  let previous: (typeof ordered)[number] | null = null;
  for (const m of ordered) {
    if (m.pointStart < covered) throw new CliError(`merge: ${m.file} and ${previous!.file} both hold point ${m.pointStart} (a shard run twice with different shard counts?)`, 1);
    if (m.pointStart > covered) throw new CliError(`merge: points ${covered}–${m.pointStart - 1} of ${first.pointCount} are missing (no shard holds them)`, 1);
    covered = m.pointEnd;
    previous = m;
  }
  if (covered < first.pointCount) throw new CliError(`merge: points ${covered}–${first.pointCount - 1} of ${first.pointCount} are missing (no shard holds them)`, 1);
  for (const m of ordered) if (m.rowCount !== m.pointEnd - m.pointStart) throw new CliError(`merge: ${m.file} lists ${m.rowCount} rows for ${range(m)}`, 1);
  return ordered;
}

/** `qnet merge DIR`: the checked parts, concatenated after the header. */
export async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, { out: { type: 'string' } });
  if (values.help) {
    await io.stdout(MERGE_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`merge needs exactly one directory, got ${positionals.length} (see qnet merge --help)`);
  const dir = positionals[0]!;
  const manifests = await checkedManifests(dir);
  const parts: Buffer[] = [];
  for (const m of manifests) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, m.part));
    } catch (e) {
      throw new CliError(`merge: cannot read ${m.part} (${range(m)}): ${readFailure(e)}`, 1);
    }
    if (createHash('sha256').update(bytes).digest('hex') !== m.sha256) throw new CliError(`merge: ${m.part} does not match the checksum in its manifest (damaged or overwritten); rerun shard ${m.shardIndex} of ${m.shardCount}`, 1);
    parts.push(bytes);
  }
  // Every sweep has at least one point, so at least one manifest holds points and the header.
  const header = manifests[0]!.header;
  const output = Buffer.concat([Buffer.from(header), ...parts]);
  if (values.out !== undefined) await writeFileAtomically(values.out, output.toString('utf8'));
  else await io.stdout(output.toString('utf8'));
  return 0;
}

