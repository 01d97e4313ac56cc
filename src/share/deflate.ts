/** Raw DEFLATE through the platform's CompressionStream (browsers, Node ≥ 18): no library in the bundle. */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type InflateResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'corrupt' | 'too-large' };

/** Inflate chunk by chunk and stop as soon as the output passes `maxBytes`, so a decompression bomb costs little. */
export async function inflateRawCapped(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<InflateResult> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let totalBytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      totalBytes += value.byteLength;
      if (totalBytes > maxBytes) {
        reader.cancel().catch(() => {});
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const out = new Uint8Array(totalBytes);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}
