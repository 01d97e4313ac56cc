import { readShareHash } from './share-hash';
import { decodeScenario, type DecodeResult } from './url-codec';

/** The link the page was opened with, being decoded since the page's entry ran. */
let early: { payload: string; result: Promise<DecodeResult> } | null = null;

/**
 * Start decoding (inflating, parsing and validating) the page's link from the entry (src/main.tsx), while the main
 * thread would otherwise wait for the app's code to arrive; the shared-link controller takes the answer.
 */
export function decodeOpeningLink(hash: string): void {
  const read = readShareHash(hash);
  if (read.kind === 'link') early = { payload: read.payload, result: decodeScenario(read.payload) };
}

/** The early decode of this payload (once: a later visit to the same link decodes it again), else a new one. */
export function decodeLink(payload: string): Promise<DecodeResult> {
  const started = early?.payload === payload ? early.result : null;
  early = null;
  return started ?? decodeScenario(payload);
}
