import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { buildShareHash, NO_FLAGS } from './share-hash';
import { chainScenario } from './testing/test-scenarios';
import * as codec from './url-codec';
import * as decoding from './url-decode';
import { decodeLink, decodeOpeningLink } from './opening-link';

vi.mock('./url-decode', async (importOriginal) => {
  const original = await importOriginal<typeof import('./url-decode')>();
  return { ...original, decodeScenario: vi.fn(original.decodeScenario) };
});
const decodes = vi.mocked(decoding.decodeScenario);

describe('the link the page opened with', () => {
  beforeEach(() => {
    decodeLink('');
    decodes.mockClear();
  });

  it('is decoded once: the controller takes the decode the entry started', async () => {
    const payload = await codec.encodeScenario(chainScenario(3));
    decodeOpeningLink(`#${buildShareHash(payload, { ...NO_FLAGS, readOnly: true })}`);
    expect(decodes).toHaveBeenCalledTimes(1);
    const opened = await decodeLink(payload);
    expect(decodes).toHaveBeenCalledTimes(1);
    expect(opened).toEqual({ ok: true, scenario: chainScenario(3) });
  });

  it('is decoded again on a later visit to the same link, and another link is decoded afresh', async () => {
    const payload = await codec.encodeScenario(defaultScenario());
    decodeOpeningLink(`#s=${payload}`);
    await decodeLink(payload);
    expect(await decodeLink(payload)).toEqual({ ok: true, scenario: defaultScenario() });
    expect(decodes).toHaveBeenCalledTimes(2);
    const other = await codec.encodeScenario(chainScenario(4));
    decodeOpeningLink(`#s=${other}`);
    expect(await decodeLink(other)).toEqual({ ok: true, scenario: chainScenario(4) });
    expect(decodes).toHaveBeenCalledTimes(3);
  });

  it('is decoded once when the controller asks before the entry gets round to it', async () => {
    const payload = await codec.encodeScenario(chainScenario(5));
    const opened = decodeLink(payload);
    decodeOpeningLink(`#s=${payload}`);
    expect(await opened).toEqual({ ok: true, scenario: chainScenario(5) });
    expect(decodes).toHaveBeenCalledTimes(1);
  });

  it('keeps a damaged link’s message, and starts nothing for a page opened without a link', async () => {
    decodeOpeningLink('#theme=dark');
    expect(decodes).not.toHaveBeenCalled();
    decodeOpeningLink('#s=2.!!!');
    const refused = await decodeLink('2.!!!');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/^This link is damaged/);
    expect(decodes).toHaveBeenCalledTimes(1);
  });
});
