// Layers point down: fails on a folder cycle under src/, an impure engine import (a folder or a package outside the
// allowlist), the page importing engine code by value (beyond two pure modules), or a src/ file no entry point reaches.
import { fileURLToPath } from 'node:url';
import { enginePackageImports, folderCycles, importsOf, impureEngineImports, listSources, packageImportsOf, pageEngineValueImports, reachable } from './import-graph/import-graph';

const root = fileURLToPath(new URL('..', import.meta.url));
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
/** Helpers that only tests use live in a testing/ folder and are exempt from the reachability rule. */
const isTestSupport = (file: string) => isTest(file) || /(^|\/)testing\//.test(file);

const sources = listSources(root, 'src');
const tooling = [...listSources(root, 'scripts'), ...listSources(root, 'bench')];
const edges = [...sources, ...tooling].flatMap((file) => importsOf(root, file));
/** The page, the engine worker, the command line, and the project's scripts and benchmarks. */
const entries = ['src/main.tsx', 'src/worker/engine.worker.ts', 'src/cli/main.ts', ...tooling.filter((f) => !isTest(f))];
const reached = reachable(entries, edges);

const problems = [
  ...folderCycles(edges.filter((e) => !isTest(e.from))),
  ...impureEngineImports(edges),
  ...enginePackageImports(sources.flatMap((file) => packageImportsOf(root, file)), isTestSupport),
  ...pageEngineValueImports(root, edges, isTestSupport),
  ...sources.filter((f) => !isTestSupport(f) && !reached.has(f)).map((f) => `${f} is reached by no entry point (app, worker, CLI, scripts, bench): wire it in or delete it`),
];
if (problems.length > 0) {
  console.error(`import check: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`import check: ${sources.length} source files, ${edges.length} imports; no folder cycle, a pure engine, every file reached`);
