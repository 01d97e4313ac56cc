import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../vite.config';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Run the plugin's two hooks on a folder standing for the build's output. */
function runPlugin(outDir: string): void {
  const plugin = precompress();
  (plugin.configResolved as (config: unknown) => void)({ root: outDir, build: { outDir: '.' } });
  (plugin.closeBundle as () => void)();
}

describe('precompress (vite.config.ts)', () => {
  it('writes gzip and brotli copies that unpack to the file, beside each asset of 1 kB or more', () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const script = 'export const answer = 42;\n'.repeat(100);
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>hello</p>'.repeat(100)}`);
    runPlugin(dir);
    expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe(script);
    expect(brotliDecompressSync(readFileSync(join(dir, 'app.js.br'))).toString()).toBe(script);
    expect(existsSync(join(dir, 'index.html.gz'))).toBe(true);
  });

  it('leaves small files and source maps alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    writeFileSync(join(dir, 'tiny.js'), 'export {};\n');
    writeFileSync(join(dir, 'app.js.map'), JSON.stringify({ mappings: 'A'.repeat(4000) }));
    runPlugin(dir);
    expect(existsSync(join(dir, 'tiny.js.gz'))).toBe(false);
    expect(existsSync(join(dir, 'app.js.map.gz'))).toBe(false);
  });
});
