import { readShareHash } from './share-hash';
import { decodeScenario, type DecodeResult } from './url-decode';

/** The link the page was opened with, being decoded since the page's entry ran. */
let early: { payload: string; result: Promise<DecodeResult> } | null = null;
/** The link the controller last decoded: an entry that gets round to the same link only after it starts nothing. */
let lastAsked: string | null = null;

/**
 * Start decoding (inflating, parsing and validating) the page's link from the entry (src/main.tsx), while the main
 * thread would otherwise wait for the app's code to arrive; the shared-link controller takes the answer.
 */
export function decodeOpeningLink(hash: string): void {
  const read = readShareHash(hash);
  // The controller can ask first when the link's code arrives after the app's (a loaded machine): decode it once.
  if (read.kind === 'link' && read.payload !== lastAsked) early = { payload: read.payload, result: decodeScenario(read.payload) };
}

/** The early decode of this payload (once: a later visit to the same link decodes it again), else a new one. */
export function decodeLink(payload: string): Promise<DecodeResult> {
  const started = early?.payload === payload ? early.result : null;
  early = null;
  lastAsked = payload;
  return started ?? decodeScenario(payload);
}
