import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';

export const MANIFEST_KIND = 'qnet-sweep-shard';
export const MANIFEST_SUFFIX = '.manifest.json';

/** What a shard wrote, next to its part: enough for `qnet merge` to check the parts belong together and are whole. */
export interface ShardManifest {
  kind: typeof MANIFEST_KIND;
  qnetVersion: string;
  /** sha256 of the canonical base scenario, swept values and format. */
  specHash: string;
  format: string;
  /** The output's first line (the CSV header), written once by merge; empty for NDJSON. */
  header: string;
  pointCount: number;
  shardIndex: number;
  shardCount: number;
  /** Points pointStart … pointEnd − 1. */
  pointStart: number;
  pointEnd: number;
  rowCount: number;
  /** File name of the part, in the same directory. */
  part: string;
  /** sha256 of the part's bytes. */
  sha256: string;
}

export function shardBaseName(index: number, count: number): string {
  const width = String(count - 1).length;
  return `shard-${String(index).padStart(width, '0')}-of-${count}`;
}

/** Writes to a temporary name and renames when complete, so a killed shard never leaves a part that looks whole. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Streams a shard's rows to a temporary part, hashing as it goes; `finish` renames it into place, then writes the manifest. */
export async function openShardPart(dir: string, manifest: Omit<ShardManifest, 'part' | 'sha256' | 'rowCount'>) {
  await mkdir(dir, { recursive: true });
  const name = shardBaseName(manifest.shardIndex, manifest.shardCount);
  const part = `${name}.${manifest.format}`;
  const temporary = join(dir, `.${part}.tmp-${process.pid}`);
  const stream = createWriteStream(temporary);
  const hash = createHash('sha256');
  let rowCount = 0;
  return {
    async write(row: string) {
      hash.update(row);
      rowCount++;
      if (!stream.write(row)) await once(stream, 'drain');
    },
    async finish(): Promise<ShardManifest> {
      stream.end();
      await once(stream, 'close');
      await rename(temporary, join(dir, part));
      const complete: ShardManifest = { ...manifest, rowCount, part, sha256: hash.digest('hex') };
      await writeFileAtomically(join(dir, name + MANIFEST_SUFFIX), JSON.stringify(complete, null, 2) + '\n');
      return complete;
    },
    async abandon() {
      stream.destroy();
      await rm(temporary, { force: true });
    },
  };
}
