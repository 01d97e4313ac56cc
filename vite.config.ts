import { defineConfig } from 'vitest/config';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The chunk src/main.tsx imports once it has started the engine worker. */
const APP_CHUNK_SOURCE = '/src/app/boot.tsx';

/**
 * Adds `<link rel="modulepreload">` (and stylesheet links) for the app chunk and its static imports to index.html, so
 * they download and parse in parallel with the small entry rather than after it has run.
 */
function preloadAppChunk(): Plugin {
  let base = '/';
  return {
    name: 'qnet:preload-app-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const app = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(APP_CHUNK_SOURCE));
        if (!app || app.type !== 'chunk') throw new Error(`${APP_CHUNK_SOURCE} is not a chunk of its own`);
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || chunk.isEntry || js.has(fileName)) return;
          js.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((f) => css.add(f));
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        return [
          ...[...css].map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: base + f }, injectTo: 'head' })),
          ...[...js].map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + f }, injectTo: 'head' })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadAppChunk()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['scripts/testing/property-seed.ts'],
    // A safety net against hangs, not a speed requirement: the CI machine is shared and slow tests stay slow.
    testTimeout: 120_000,
  },
});
