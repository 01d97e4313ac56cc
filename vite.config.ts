import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
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

/**
 * The built app's Content-Security-Policy (see README "Design decisions"): scripts, workers and fetches only from the
 * app's own origin, no inline script and no eval (zod runs jitless, src/scenario/schema.ts); images also from data: and
 * blob: URLs (the QR code, chart and network PNG exports). Inline style attributes stay allowed: React Flow positions
 * nodes, edges and its viewport with them, though React itself (and d3's .style) writes styles through the CSSOM,
 * which CSP does not govern. frame-ancestors is left open on purpose so the app can be embedded (embedSnippet).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the optimiser's worker compile HiGHS (WebAssembly) and allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The policy as a <meta> in the built index.html (the dev server's hot reload needs inline script, so build only). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'qnet:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Marks the entry script `async`: a deferred module script waits for every stylesheet before it runs, and the entry
 * starts the engine worker and the app's import, neither of which needs styles (it ran ~50 ms and the first sample
 * ~0.1 s sooner so, 21 interleaved runs at a load of 6–9).
 */
function asyncEntry(): Plugin {
  return {
    name: 'qnet:async-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tag = '<script type="module" crossorigin';
        if (!html.includes(tag)) throw new Error('index.html has no module entry script to mark async');
        return html.replace(tag, '<script type="module" async crossorigin');
      },
    },
  };
}

/** Text and WebAssembly worth compressing; source maps are left as they are (only developers fetch them). */
const COMPRESSIBLE = /\.(html|js|css|svg|json|wasm)$/;

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file of 1 kB or more in the build, so a host serves them
 * as they are (nginx `gzip_static`/`brotli_static`, or bench/static-server.ts) instead of compressing each response.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'qnet:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
        const file = join(entry.parentPath, entry.name);
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        // Brotli's best quality takes 8 s on the solver's 3.5 MB of WebAssembly (measured); 9 takes 0.7 s and is 17 % larger.
        const quality = bytes.length > 1_000_000 ? 9 : 11;
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadAppChunk(), contentSecurityPolicy(), asyncEntry(), precompress()],
  // vite preview serves the policy as a header too, as a real host should: a header also covers what a <meta> cannot.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
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
