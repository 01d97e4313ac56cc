/**
 * What a browser benchmark run alone needs around its measurement: the production build served on its own port, the
 * machine line, and its own section of RESULTS.md rewritten in place (the rest of the file left as it is).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** Build the app into its own folder and serve it with `vite preview` on `port`; resolves once it answers. */
export async function serveProductionBuild(port: number): Promise<{ url: string; stop: () => void }> {
  const outDir = `.e2e-build/bench-${port}`;
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, stop };
}

/** "Run alone (`command`) on <date>: <cpu>, <cores>, <memory>, Node, Chromium, commit." */
export function standaloneMachineLine(command: string, chromiumVersion: string): string {
  const cpus = os.cpus();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  return (
    `Run alone (\`${command}\`) on ${new Date().toISOString()}: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores, ` +
    `${(os.totalmem() / 1e6).toFixed(0)} MB, Node ${process.version}, Chromium ${chromiumVersion}, commit ${commit}.`
  );
}

/** Replace the section that starts with `section[0]` (its heading) in RESULTS.md, or insert it before the first of `before` found. */
export function writeResultsSection(section: string[], before: string[]): void {
  const file = new URL('./RESULTS.md', import.meta.url);
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.indexOf(section[0]!);
  const next = (from: number) => lines.findIndex((l, i) => i > from && l.startsWith('## '));
  if (at >= 0) lines.splice(at, (next(at) < 0 ? lines.length : next(at)) - at, ...section);
  else lines.splice(before.map((h) => lines.indexOf(h)).find((i) => i >= 0) ?? lines.length, 0, ...section);
  writeFileSync(file, lines.join('\n'));
}
