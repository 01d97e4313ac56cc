import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from './glossary';

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
});
