import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickFile } from './static-server';

const root = resolve('/srv/app');
const files = new Set([join(root, 'index.html'), join(root, 'index.html.gz'), join(root, 'assets/app.js'), join(root, 'assets/app.js.gz'), join(root, 'assets/app.js.br'), join(root, 'favicon.svg')]);
const exists = (path: string) => files.has(path);

describe('pickFile', () => {
  it('answers / with index.html, gzipped when the browser takes gzip', () => {
    expect(pickFile(root, '/', 'gzip, deflate', exists)).toEqual({ path: join(root, 'index.html.gz'), contentType: 'text/html; charset=utf-8', encoding: 'gzip' });
  });

  it('prefers brotli to gzip, and sends the plain file to a browser that takes neither', () => {
    expect(pickFile(root, '/assets/app.js', 'gzip, deflate, br, zstd', exists)?.encoding).toBe('br');
    expect(pickFile(root, '/assets/app.js', 'gzip;q=1.0', exists)?.path).toBe(join(root, 'assets/app.js.gz'));
    expect(pickFile(root, '/assets/app.js', '', exists)).toEqual({ path: join(root, 'assets/app.js'), contentType: 'text/javascript; charset=utf-8', encoding: null });
  });

  it('sends a file without a compressed copy as it is, whatever the browser takes', () => {
    expect(pickFile(root, '/favicon.svg', 'gzip, br', exists)).toEqual({ path: join(root, 'favicon.svg'), contentType: 'image/svg+xml', encoding: null });
  });

  it('ignores the query and the hash', () => {
    expect(pickFile(root, '/?nodes=2000', 'gzip', exists)?.path).toBe(join(root, 'index.html.gz'));
  });

  it('resolves dot segments as a URL does, never above the root', () => {
    expect(pickFile(root, '/../etc/passwd', '', () => true)?.path).toBe(join(root, 'etc/passwd'));
    expect(pickFile(root, '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '', () => true)?.path).toBe(join(root, 'etc/passwd'));
  });

  it('refuses missing files and malformed escapes', () => {
    expect(pickFile(root, '/assets/missing.js', 'gzip', exists)).toBeNull();
    expect(pickFile(root, '/%E0%A4%A', '', () => true)).toBeNull();
  });
});
