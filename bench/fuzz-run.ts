/**
 * `npm run fuzz` (after the property tests) and `tsx bench/fuzz-run.ts [--seed N|random] [--cases N]`: the link and
 * file fuzz alone; replaces its section of bench/RESULTS.md and exits non-zero when any count that must be 0 is not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FUZZ_HEADING, fuzzClean, fuzzSection, runFuzz } from './fuzz-links';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const seedArg = arg('--seed') ?? '22';
const seed = seedArg === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedArg);
const cases = Number(arg('--cases') ?? 10_400);
if (!Number.isInteger(seed) || !Number.isInteger(cases) || cases < 1) {
  console.error('usage: tsx bench/fuzz-run.ts [--seed N|random] [--cases N]');
  process.exit(2);
}

const started = Date.now();
const counts = await runFuzz({ cases, seed, log: (line) => console.log(line) });
const section = fuzzSection(counts, (Date.now() - started) / 1000);
const url = new URL('./RESULTS.md', import.meta.url);
const lines = readFileSync(url, 'utf8').split('\n');
const start = lines.indexOf(FUZZ_HEADING);
const next = (from: number) => {
  const i = lines.findIndex((l, j) => j > from && l.startsWith('## '));
  return i < 0 ? lines.length : i;
};
if (start >= 0) lines.splice(start, next(start) - start, ...section);
else lines.splice(lines.indexOf('## Hot spots'), 0, ...section);
writeFileSync(url, lines.join('\n'));
console.log(section.filter((l) => l.startsWith('|') || l.startsWith('- ')).join('\n'));
console.log(`seed ${seed}: replay with tsx bench/fuzz-run.ts --seed ${seed}`);
process.exit(fuzzClean(counts) ? 0 : 1);
