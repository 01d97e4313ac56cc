/** What an application asks of the key it is given. */
export type KeyApplication =
  /** Symmetric cipher rekeyed every `refreshIntervalSeconds` with a fresh key of `keyBits` (AES-256: 256 bits). */
  | { kind: 'aes-rekey'; keyBits: number; refreshIntervalSeconds: number }
  /** One-time pad over a data stream: every data bit consumes one key bit (Vernam; Shannon 1949 perfect secrecy). */
  | { kind: 'one-time-pad'; dataRateBitsPerSecond: number }
  /** A plain constant draw, for anything else. */
  | { kind: 'constant'; bitsPerSecond: number };

/** Key consumption in bits/s for an application. */
export function keyDemandBitsPerSecond(application: KeyApplication): number {
  switch (application.kind) {
    case 'aes-rekey':
      return application.keyBits / application.refreshIntervalSeconds;
    case 'one-time-pad':
      return application.dataRateBitsPerSecond;
    case 'constant':
      return application.bitsPerSecond;
  }
}
