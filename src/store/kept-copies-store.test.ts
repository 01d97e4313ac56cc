import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, loadAutosave, unreadableNotice } from './autosave';
import { keyedDesigns } from './autosave-storage';
import { connectKeptCopies, useKeptCopies } from './kept-copies-store';
import { quotaStorage } from './testing/quota-storage';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
};

describe('kept copies as the page lists and announces them', () => {
  it('a kept copy is claimed, listed, downloadable and deletable', async () => {
    const local = quotaStorage(1_000_000, { [AUTOSAVE_KEY]: '{"broken' });
    const designs = keyedDesigns(local, 'local-storage');
    const loaded = await loadAutosave(designs);
    if (loaded.kind !== 'unreadable') throw new Error('expected unreadable');
    expect(unreadableNotice(loaded)).toMatch(/it is kept aside \(Files → Kept copies\)/);
    connectKeptCopies(designs, loaded);
    await until(() => useKeptCopies.getState().copies.length === 1);
    const [copy] = useKeptCopies.getState().copies;
    expect(await useKeptCopies.getState().read(copy!.key)).toBe('{"broken');
    await useKeptCopies.getState().remove(copy!.key);
    expect(useKeptCopies.getState().copies).toEqual([]);
    expect(local.getItem(copy!.key)).toBeNull();
  });

  it('a copy that did not fit is not claimed, and the save is listed where it lies', async () => {
    const corrupt = `{"broken${'x'.repeat(600)}`;
    const local = quotaStorage(1_000, { [AUTOSAVE_KEY]: corrupt });
    const designs = keyedDesigns(local, 'local-storage');
    const loaded = await loadAutosave(designs);
    if (loaded.kind !== 'unreadable') throw new Error('expected unreadable');
    expect(loaded.kept).toBeNull();
    expect(unreadableNotice(loaded)).toMatch(/could not be kept aside \(.*exceeded the quota.*\)\. It is left where it is and autosave is off/);
    expect(unreadableNotice(loaded)).not.toMatch(/it is kept aside/);
    connectKeptCopies(designs, loaded);
    await until(() => useKeptCopies.getState().copies.length === 1);
    expect(useKeptCopies.getState().copies[0]).toMatchObject({ key: AUTOSAVE_KEY, chars: corrupt.length });
  });
});
