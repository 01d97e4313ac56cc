import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enginePackageImports, folderCycles, importsOf, impureEngineImports, listSources, packageImportsOf, pageEngineValueImports, reachable } from './import-graph';

let root = '';
function project(files: Record<string, string>): string[] {
  root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return listSources(root, 'src');
}
afterEach(() => rmSync(root, { recursive: true, force: true }));
const edgesOf = (files: string[]) => files.flatMap((f) => importsOf(root, f));

describe('the import-graph check', () => {
  it('finds a folder cycle made by a deliberately added upward import, and names the import that closes it', () => {
    const files = project({
      'src/app/App.tsx': "import { Canvas } from '../canvas/Canvas';\n",
      'src/canvas/Canvas.tsx': "import { useEditor } from '../editor/editor-context';\nexport const Canvas = 1;\n",
      'src/editor/editor-context.ts': 'export const useEditor = 1;\n',
    });
    expect(folderCycles(edgesOf(files))).toEqual([]);
    writeFileSync(join(root, 'src/editor/editor-context.ts'), "import { Canvas } from '../canvas/Canvas';\nexport const useEditor = Canvas;\n");
    const cycles = folderCycles(edgesOf(files));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toContain('canvas, editor');
    expect(cycles[0]).toContain('src/editor/editor-context.ts imports src/canvas/Canvas.tsx');
  });

  it('follows dynamic imports, re-exports, type imports and a worker named by new URL', () => {
    const files = project({
      'src/main.tsx': "void import('./app/boot');\nexport type { T } from './types';\n",
      'src/app/boot.tsx': "import type { W } from '../worker/protocol';\nnew Worker(new URL('../worker/engine.worker.ts', import.meta.url));\n",
      'src/types.ts': 'export type T = 1;\n',
      'src/worker/protocol.ts': 'export type W = 1;\n',
      'src/worker/engine.worker.ts': '',
      'src/orphan.ts': '',
    });
    const seen = reachable(['src/main.tsx'], edgesOf(files));
    expect(files.filter((f) => !seen.has(f))).toEqual(['src/orphan.ts']);
  });

  it('flags an engine file importing the worker, the DOM-side stores or anything but engine/ and scenario/', () => {
    const files = project({
      'src/engine/a.ts': "import { b } from './b';\nimport { s } from '../scenario/s';\nimport { w } from '../worker/protocol';\n",
      'src/engine/b.ts': 'export const b = 1;\n',
      'src/scenario/s.ts': 'export const s = 1;\n',
      'src/engine/a.test.ts': "import { w } from '../worker/protocol';\n",
      'src/worker/protocol.ts': 'export const w = 1;\n',
    });
    expect(impureEngineImports(edgesOf(files)).sort()).toEqual([
      'src/engine/a.test.ts imports src/worker/protocol.ts: the engine may import only engine/ and scenario/',
      'src/engine/a.ts imports src/worker/protocol.ts: the engine may import only engine/ and scenario/',
    ]);
  });

  it("flags a package import in the engine ('zustand') but allows satellite.js, highs, and test-only packages", () => {
    const files = project({
      'src/engine/orbit.ts': "import { propagate } from 'satellite.js';\nimport type { Highs } from 'highs';\n",
      'src/engine/state.ts': "import { create } from 'zustand';\nimport 'zustand/middleware';\n",
      'src/engine/orbit.test.ts': "import { it } from 'vitest';\n",
      'src/engine/testing/fixtures.ts': "import fc from 'fast-check';\n",
      'src/store/s.ts': "import { create } from 'zustand';\n",
    });
    const imports = files.flatMap((f) => packageImportsOf(root, f));
    const isTestSupport = (f: string) => /\.test\.tsx?$/.test(f) || /(^|\/)testing\//.test(f);
    expect(enginePackageImports(imports, isTestSupport)).toEqual([
      "src/engine/state.ts imports the package 'zustand': the engine may import only satellite.js, highs",
      "src/engine/state.ts imports the package 'zustand/middleware': the engine may import only satellite.js, highs",
    ]);
  });

  it('lets the page import the engine only as types, or the allowed pure modules by value; the worker may import it freely', () => {
    const files = project({
      'src/engine/simulation.ts': 'export type Series = 1;\nexport const SERIES = 1;\n',
      'src/engine/orbits/footprint.ts': 'export const footprintRadiusDeg = () => 1;\n',
      'src/panels/Types.tsx': "import type { Series } from '../engine/simulation';\nimport { type Series as S } from '../engine/simulation';\nexport type { Series as T } from '../engine/simulation';\n",
      'src/canvas/map/footprints.ts': "import { footprintRadiusDeg } from '../../engine/orbits/footprint';\n",
      'src/panels/Chart.tsx': "import { SERIES, type Series } from '../engine/simulation';\n",
      'src/panels/Lazy.tsx': "void import('../engine/simulation');\n",
      'src/worker/engine.worker.ts': "import { SERIES } from '../engine/simulation';\n",
    });
    expect(pageEngineValueImports(root, edgesOf(files), () => false, ['src/engine/orbits/footprint.ts'])).toEqual([
      'src/panels/Chart.tsx imports src/engine/simulation.ts by value: the page may import the engine only as types, except src/engine/orbits/footprint.ts',
      'src/panels/Lazy.tsx imports src/engine/simulation.ts by value: the page may import the engine only as types, except src/engine/orbits/footprint.ts',
    ]);
  });
});
