import type { ReactNode } from 'react';
import { showGlossary } from './glossary-store';

/** A result's label that opens the glossary at its entry: tap, click or Enter, so it works on touch screens too. */
export function GlossaryTerm({ entry, children }: { entry: string; children: ReactNode }) {
  return (
    <button type="button" className="glossary-term" aria-haspopup="dialog" onClick={() => showGlossary(entry)} data-testid={`glossary-term-${entry}`}>
      {children}
    </button>
  );
}
