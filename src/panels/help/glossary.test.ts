import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from './glossary';
import * as params from '../../scenario/params';
import * as inspectorSpecs from '../inspector/inspector-specs';
import type { ParamSpec } from '../../scenario/param-spec';

/** Every parameter spec among the app's spec tables: objects with a label and bounds, however deeply grouped. */
function specsIn(value: unknown): ParamSpec[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('label' in value && 'min' in value && 'max' in value) return [value as ParamSpec];
  return Object.values(value).flatMap(specsIn);
}

// The components' sources, to find every entry="…" a result label or table heading opens.
const sources = import.meta.glob('../**/*.tsx', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('glossary', () => {
  it('explains every term the results, charts and inspector name', () => {
    const terms = GLOSSARY.map((e) => e.term).join(' | ');
    for (const word of ['QBER', 'PLOB', 'TGW', 'μ', 'Decoy', 'Sifting', 'Secret key rate', 'Fidelity', 'Bell pair', 'swapping', 'Purification', 'Trusted node', 'repeater', 'Dark counts', 'Detector efficiency', 'Dead time', 'Misalignment', 'Twin-field', 'BBM92', 'Finite key']) {
      expect(terms).toContain(word);
    }
  });

  it('keeps each definition to one or two plain sentences, and ids unique', () => {
    for (const e of GLOSSARY) {
      const sentences = e.definition.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length, e.id).toBeLessThanOrEqual(2);
    }
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
  });

  it('has the entries the result labels open', () => {
    for (const id of ['secret-key-rate', 'qber', 'plob', 'fidelity', 'bell-pair']) expect(glossaryEntry(id)).toBeDefined();
  });

  it('has every entry a parameter field or a result label opens', () => {
    const fromSpecs = specsIn([params, inspectorSpecs]).flatMap((spec) => (spec.glossary ? [spec.glossary] : []));
    const fromLabels = Object.values(sources).flatMap((text) => [...text.matchAll(/\bentry="([^"]+)"/g)].map((m) => m[1]!));
    // The inspector's physical parameters link the glossary (detector, source and channel terms at least).
    for (const id of ['dark-counts', 'detector-efficiency', 'misalignment', 'mu', 'transmittance']) expect(fromSpecs).toContain(id);
    for (const id of ['latency', 'link-share', 'transmittance']) expect(fromLabels).toContain(id);
    for (const id of [...fromSpecs, ...fromLabels]) expect(glossaryEntry(id), id).toBeDefined();
  });
});
