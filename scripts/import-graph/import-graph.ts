import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One source file's imports: the files it names, resolved, type-only or not. */
export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|tsx)$/;

/** Every .ts/.tsx file under `dir`, as paths relative to `root`. */
export function listSources(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules') walk(path);
      } else if (SOURCE.test(name)) out.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

function resolveSpecifier(root: string, fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const bare = specifier.replace(/\?.*$/, '');
  const base = resolve(root, dirname(fromFile), bare);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return null;
}

/** Static and dynamic imports, re-exports, and `new URL('./x.ts', import.meta.url)` (how Vite names a worker). */
export function importsOf(root: string, file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  for (const m of text.matchAll(/new URL\(\s*['"](\.[^'"]+\.tsx?)['"]\s*,\s*import\.meta\.url\s*\)/g)) specifiers.push(m[1]!);
  const edges: ImportEdge[] = [];
  for (const specifier of specifiers) {
    const to = resolveSpecifier(root, file, specifier);
    if (to) edges.push({ from: file, to });
  }
  return edges;
}

/** The folder a file belongs to for layering: the first folder under src/ (src/engine/qkd/x.ts → engine). */
export function layerOf(file: string): string | null {
  const parts = file.split(/[\\/]/);
  return parts[0] === 'src' && parts.length > 2 ? parts[1]! : null;
}

/** Folder cycles among src/'s top-level folders, each as the folders in order and one import that closes each step. */
export function folderCycles(edges: readonly ImportEdge[]): string[] {
  const graph = new Map<string, Map<string, ImportEdge>>();
  for (const e of edges) {
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (!a || !b || a === b) continue;
    if (!graph.has(a)) graph.set(a, new Map());
    if (!graph.get(a)!.has(b)) graph.get(a)!.set(b, e);
  }
  // Tarjan's strongly connected components: any component with two or more folders is a cycle.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return components.map((folders) => {
    const inCycle = new Set(folders);
    const examples = folders.flatMap((a) => [...(graph.get(a) ?? new Map<string, ImportEdge>())].filter(([b]) => inCycle.has(b)).map(([b, e]) => `${a} → ${b} (${e.from} imports ${e.to})`));
    return `folders ${folders.join(', ')} import each other: ${examples.join('; ')}`;
  });
}

/** Imports from src/engine, its tests included (they run without the page or the worker too), to anything outside src/engine and src/scenario. */
export function impureEngineImports(edges: readonly ImportEdge[]): string[] {
  return edges
    .filter((e) => layerOf(e.from) === 'engine' && !['engine', 'scenario'].includes(layerOf(e.to) ?? ''))
    .map((e) => `${e.from} imports ${e.to}: the engine may import only engine/ and scenario/`);
}

/** Packages the engine may import: SGP4 orbits and the Sun (satellite.js), the optimiser's solver interface (highs). */
export const ENGINE_PACKAGES: readonly string[] = ['satellite.js', 'highs'];

/** The bare (package) specifiers a file imports, `node:` built-ins included. */
export function packageImportsOf(root: string, file: string): { from: string; specifier: string }[] {
  const text = readFileSync(join(root, file), 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles
    .map((f) => f.fileName)
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'))
    .map((specifier) => ({ from: file, specifier }));
}

/** The package a specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Package imports from src/engine outside `allowed`: React, zustand, the DOM's helpers and Node modules stay out. */
export function enginePackageImports(
  imports: readonly { from: string; specifier: string }[],
  isTestSupport: (file: string) => boolean,
  allowed: readonly string[] = ENGINE_PACKAGES,
): string[] {
  return imports
    .filter((i) => layerOf(i.from) === 'engine' && !isTestSupport(i.from) && !allowed.includes(packageName(i.specifier)))
    .map((i) => `${i.from} imports the package '${i.specifier}': the engine may import only ${allowed.join(', ')}`);
}

/**
 * Engine modules the page may call by value: leaves of closed-form formulas that import no package, used to show an
 * answer the worker gave in another form (the map's footprint circle, the delivered pair's measures, the fidelity above
 * which a Werner pair yields key). Everything else of the engine reaches the page only as types, so the run, and
 * libraries such as satellite.js, stay in the worker.
 */
export const PAGE_ENGINE_MODULES: readonly string[] = [
  'src/engine/orbits/footprint.ts',
  'src/engine/entanglement/delivered-pair.ts',
  'src/engine/entanglement/entanglement-key-rate.ts',
];

/** Whether every import and re-export of `specifier` in `file` is type-only (`import type`, `export type`, or all names marked `type`). */
export function importsOnlyTypes(root: string, file: string, specifier: string): boolean {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, false);
  let onlyTypes = true;
  const names = (bindings: ts.NamedImportBindings | ts.NamedExportBindings | undefined) =>
    bindings !== undefined && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings)) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === specifier) {
      const clause = node.importClause;
      if (!clause || !(clause.isTypeOnly || (!clause.name && names(clause.namedBindings)))) onlyTypes = false;
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === specifier) {
      if (!(node.isTypeOnly || names(node.exportClause))) onlyTypes = false;
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!) && node.arguments[0].text === specifier) {
      onlyTypes = false;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return onlyTypes;
}

/** Page files (outside engine/, worker/ and cli/) importing engine code by value, other than `allowed`. */
export function pageEngineValueImports(root: string, edges: readonly ImportEdge[], isTestSupport: (file: string) => boolean, allowed: readonly string[] = PAGE_ENGINE_MODULES): string[] {
  const page = (file: string) => !['engine', 'worker', 'cli'].includes(layerOf(file) ?? 'engine') && !isTestSupport(file);
  return edges
    .filter((e) => page(e.from) && layerOf(e.to) === 'engine' && !allowed.includes(e.to))
    .filter((e) => !importsOnlyTypes(root, e.from, specifierOf(root, e)))
    .map((e) => `${e.from} imports ${e.to} by value: the page may import the engine only as types, except ${allowed.join(', ')}`);
}

/** The specifier in `edge.from` that resolves to `edge.to`. */
function specifierOf(root: string, edge: ImportEdge): string {
  const text = readFileSync(join(root, edge.from), 'utf8');
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName).find((s) => resolveSpecifier(root, edge.from, s) === edge.to);
  return found ?? '';
}

/** Files reachable from `entries` by imports. */
export function reachable(entries: readonly string[], edges: readonly ImportEdge[]): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(next.get(file) ?? []));
  }
  return seen;
}
