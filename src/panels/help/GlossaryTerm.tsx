import type { ReactNode } from 'react';
import { useEditor } from '../../editor/editor-context';

/** A result's label that opens the glossary at its entry: tap, click or Enter, so it works on touch screens too. */
export function GlossaryTerm({ entry, children }: { entry: string; children: ReactNode }) {
  const { ui } = useEditor();
  return (
    <button type="button" className="glossary-term" aria-haspopup="dialog" onClick={() => ui.setState({ glossary: { open: true, entry } })} data-testid={`glossary-term-${entry}`}>
      {children}
    </button>
  );
}
