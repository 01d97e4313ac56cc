import { jsonNestingDepth, MAX_JSON_DEPTH, plainParse } from '../scenario/plain-parse';
import type { Scenario } from '../scenario/schema';
import { base64UrlToBytes } from './base64url';
import { crc32 } from './crc32';
import { inflateRawCapped } from './deflate';
import { MAX_PAYLOAD_CHARS } from './share-hash';

// Decoding apart from encoding (url-codec.ts): it needs no schema, so a page opening a link need not wait for zod's code.
/** Version of the link encoding (CRC-32 + deflate-raw of the JSON → base64url); the scenario's own `version` is separate. */
export const SHARE_CODEC_VERSION = 2;
/** Links of this format and later carry a checksum; older ones (`1.`, no checksum) still open. */
const FIRST_CHECKED_CODEC = 2;
export const CHECKSUM_BYTES = 4;
/** Inflating stops past this size, so a decompression bomb cannot hang the tab. */
export const MAX_UNPACKED_BYTES = 5_000_000;

export type DecodeResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

const DAMAGED_HINT = 'It may have been cut off or changed when it was copied; copy the whole link again.';

/** Every failure becomes one sentence a person can act on; nothing is loaded unless the whole scenario is valid. */
export async function decodeScenario(payload: string): Promise<DecodeResult> {
  if (payload.length > MAX_PAYLOAD_CHARS) {
    return { ok: false, message: `This link is too long to open (${payload.length.toLocaleString('en')} characters; the limit is ${MAX_PAYLOAD_CHARS.toLocaleString('en')}).` };
  }
  const match = /^(\d{1,6})\.(.*)$/s.exec(payload);
  if (!match) return { ok: false, message: `This link is damaged: its scenario data does not start with a format number. ${DAMAGED_HINT}` };
  const codecVersion = Number(match[1]);
  if (codecVersion > SHARE_CODEC_VERSION) {
    return { ok: false, message: `This link was made by a newer version of QNet Designer (link format ${codecVersion}); this version opens link format ${SHARE_CODEC_VERSION}. Open it in an up-to-date QNet Designer.` };
  }
  if (codecVersion < 1) return { ok: false, message: `This link uses an unknown link format (${codecVersion}). ${DAMAGED_HINT}` };
  const body = match[2] ?? '';
  if (body === '') return { ok: false, message: `This link is damaged: it holds no scenario data. ${DAMAGED_HINT}` };
  const framed = base64UrlToBytes(body);
  if (!framed) return { ok: false, message: `This link is damaged: it contains characters a share link never has. ${DAMAGED_HINT}` };
  const checked = codecVersion >= FIRST_CHECKED_CODEC;
  if (checked && framed.length <= CHECKSUM_BYTES) return { ok: false, message: `This link is damaged: it holds no scenario data. ${DAMAGED_HINT}` };
  const packed = checked ? framed.subarray(CHECKSUM_BYTES) : framed;
  const inflated = await inflateRawCapped(packed, MAX_UNPACKED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? { ok: false, message: `This link unpacks to more than ${MAX_UNPACKED_BYTES / 1e6} MB, far more than any scenario; it was not opened.` }
      : { ok: false, message: `This link is damaged or incomplete: its data cannot be unpacked. ${DAMAGED_HINT}` };
  }
  if (checked && crc32(inflated.bytes) !== new DataView(framed.buffer).getUint32(0)) {
    return { ok: false, message: `This link is damaged: its checksum does not match its contents. ${DAMAGED_HINT}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return { ok: false, message: `This link is damaged: its contents are not a readable scenario. ${DAMAGED_HINT}` };
  }
  // Checked before JSON.parse, which would spend seconds on megabytes of nested brackets.
  const depth = jsonNestingDepth(text);
  if (depth > MAX_JSON_DEPTH) return { ok: false, message: `This link holds data nested ${depth} levels deep (a scenario needs 4; the limit is ${MAX_JSON_DEPTH}); it was not opened.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `This link is damaged: its contents are not a readable scenario. ${DAMAGED_HINT}` };
  }
  const plain = plainParse(raw);
  // Only a design the plain checks refuse loads zod, whose messages say what is wrong.
  const parsed = 'result' in plain ? plain.result : (await import('../scenario/validate')).parseWithSchema(plain.needsSchema);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : '';
    return { ok: false, message: `This link holds a scenario that is not valid: ${parsed.errors[0]}${more}.` };
  }
  return { ok: true, scenario: parsed.scenario };
}
