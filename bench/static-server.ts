/**
 * A small static file server for the benchmarks, serving a build as a production host does: the `.br`/`.gz` files the
 * build wrote beside each asset (vite.config.ts `precompress`, like nginx's `gzip_static`) rather than compressing
 * every response as it goes, which `vite preview` does. It runs in the benchmark's own process.
 */
import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface StaticFile {
  /** The path on disk to send. */
  path: string;
  contentType: string;
  /** `br` or `gzip` when `path` is a precompressed copy. */
  encoding: 'br' | 'gzip' | null;
}

/**
 * Which file answers `urlPath` from `root`, given the request's Accept-Encoding and the files that exist: `/` is
 * index.html, a path outside `root` is refused (null), and a precompressed copy is preferred when the client takes it.
 */
export function pickFile(root: string, urlPath: string, acceptEncoding: string, exists: (path: string) => boolean): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const rootDir = resolve(root);
  const path = resolve(join(rootDir, normalize(decoded.endsWith('/') ? `${decoded}index.html` : decoded)));
  if (path !== rootDir && !path.startsWith(rootDir + sep)) return null;
  if (!exists(path)) return null;
  const contentType = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  const accepts = acceptEncoding.split(',').map((e) => e.trim().split(';')[0]);
  if (accepts.includes('br') && exists(`${path}.br`)) return { path: `${path}.br`, contentType, encoding: 'br' };
  if (accepts.includes('gzip') && exists(`${path}.gz`)) return { path: `${path}.gz`, contentType, encoding: 'gzip' };
  return { path, contentType, encoding: null };
}

function acceptEncoding(headers: IncomingHttpHeaders): string {
  const value = headers['accept-encoding'];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/** Serve `root` on 127.0.0.1:`port` with `headers` on every answer; resolves once listening. Files are read once and kept. */
export async function serveStatic(root: string, port: number, headers: OutgoingHttpHeaders = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  const server = createServer((request, response) => {
    const file = pickFile(root, request.url ?? '/', acceptEncoding(request.headers), isFile);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body = cache.get(file.path);
    if (!body) cache.set(file.path, (body = readFileSync(file.path)));
    response.writeHead(200, {
      ...headers,
      'Content-Type': file.contentType,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(file.encoding ? { 'Content-Encoding': file.encoding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}
