import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { copyElements } from '../store/scenario-edits';
import { clipboardFromText } from './clipboard-read';
import { clipboardToText, MAX_CLIPBOARD_CHARS } from './clipboard-text';

const copied = () => copyElements(defaultScenario(), ['alice', 'bob']);

function reasonOf(text: string): string | null {
  const read = clipboardFromText(text);
  if (read.ok) throw new Error('expected the paste to be refused');
  return read.reason;
}

describe('clipboard text', () => {
  it('gives back exactly the nodes and links that were copied', () => {
    const clip = copied();
    expect(clip.nodes).toHaveLength(2);
    expect(clip.links).toHaveLength(1);
    expect(clipboardFromText(clipboardToText(clip))).toEqual({ ok: true, clip });
  });

  it('treats other text as not ours, without a complaint', () => {
    for (const text of ['', 'hello', '{"a": 1}', '[1, 2]', '{"format": "qnet-designer/nodes", broken']) expect(reasonOf(text)).toBeNull();
  });

  it('says what is wrong with copied nodes that do not pass the schema', () => {
    const clip = copied();
    const negative = clipboardToText(clip).replace('"lengthKm":50', '"lengthKm":-5');
    expect(reasonOf(negative)).toMatch(/^copied link 1: params\.lengthKm: must be/);
    expect(reasonOf(clipboardToText({ nodes: [clip.nodes[0]!], links: clip.links }))).toMatch(/joins a node that was not copied/);
    expect(reasonOf(clipboardToText({ nodes: [clip.nodes[0]!, clip.nodes[0]!], links: [] }))).toMatch(/share an id/);
    expect(reasonOf(clipboardToText(clip).replace('"version":1', '"version":9'))).toMatch(/newer version/);
  });

  it('keeps a label with markup as plain text', () => {
    const clip = copied();
    const marked = { ...clip, nodes: [{ ...clip.nodes[0]!, label: '<img src=x onerror=alert(1)>' }, clip.nodes[1]!] };
    const read = clipboardFromText(clipboardToText(marked));
    expect(read.ok && read.clip.nodes[0]!.label).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses a paste too large to be copied nodes before parsing it', () => {
    expect(reasonOf(`{"format":"qnet-designer/nodes",${' '.repeat(MAX_CLIPBOARD_CHARS)}}`)).toMatch(/MB of text/);
  });

  it('never throws on arbitrary text or JSON in the copied-nodes envelope', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify({ format: 'qnet-designer/nodes', version: 1, nodes: v, links: [] }))), (text) => {
        const read = clipboardFromText(text);
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
