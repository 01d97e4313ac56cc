import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the published check values', () => {
    // The CRC-32/ISO-HDLC check value from the CRC catalogue (Greg Cook, "Catalogue of parametrised CRC algorithms").
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    // Python's zlib.crc32(bytes(32)).
    expect(crc32(new Uint8Array(32))).toBe(0x190a55ad);
  });
});
