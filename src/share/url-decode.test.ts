import { describe, expect, it, vi } from 'vitest';
import * as validate from '../scenario/validate';
import { chainScenario } from './testing/test-scenarios';
import { encodeScenario } from './url-codec';
import { decodeScenario } from './url-decode';

vi.mock('../scenario/validate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../scenario/validate')>();
  return { ...original, parseWithSchema: vi.fn(original.parseWithSchema) };
});
const zodParses = vi.mocked(validate.parseWithSchema);

describe('decoding a share link', () => {
  it('opens a design the plain checks accept without the schema (zod), which a page would otherwise wait for', async () => {
    zodParses.mockClear();
    expect(await decodeScenario(await encodeScenario(chainScenario(5)))).toEqual({ ok: true, scenario: chainScenario(5) });
    expect(zodParses).not.toHaveBeenCalled();
  });

  it('has zod say what is wrong with a design the plain checks refuse', async () => {
    zodParses.mockClear();
    const broken = chainScenario(3);
    const link = broken.links[0]!;
    broken.links[0] = { ...link, params: { ...link.params, lengthKm: -5 } } as typeof link;
    const decoded = await decodeScenario(await encodeScenario(broken));
    expect(zodParses).toHaveBeenCalledTimes(1);
    expect(decoded).toEqual({ ok: false, message: expect.stringMatching(/^This link holds a scenario that is not valid: links\[0\]\.params\.lengthKm: must be greater than 0 km\.$/) });
  });
});
