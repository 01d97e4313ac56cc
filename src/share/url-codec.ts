import type { Scenario } from '../scenario/schema';
import { bytesToBase64Url } from './base64url';
import { crc32 } from './crc32';
import { deflateRaw } from './deflate';
import { roundPositions, stripDefaults } from './strip-defaults';
import { CHECKSUM_BYTES, SHARE_CODEC_VERSION } from './url-decode';

export { decodeScenario, MAX_UNPACKED_BYTES, SHARE_CODEC_VERSION, type DecodeResult } from './url-decode';
export { MAX_PAYLOAD_CHARS } from './share-hash';

/** The scenario as it travels in a link: defaults stripped and positions rounded to whole pixels. */
export function compactScenarioJson(scenario: Scenario): string {
  return JSON.stringify(stripDefaults(roundPositions(scenario)));
}

/**
 * `2.<base64url of (CRC-32 of the compact JSON, 4 bytes big-endian) ++ deflate-raw of the compact JSON>`; results are
 * never included. The checksum covers the inflated JSON, so it vouches for exactly what is opened.
 */
export async function encodeScenario(scenario: Scenario): Promise<string> {
  const json = new TextEncoder().encode(compactScenarioJson(scenario));
  const packed = await deflateRaw(json);
  const framed = new Uint8Array(CHECKSUM_BYTES + packed.length);
  new DataView(framed.buffer).setUint32(0, crc32(json));
  framed.set(packed, CHECKSUM_BYTES);
  return `${SHARE_CODEC_VERSION}.${bytesToBase64Url(framed)}`;
}
