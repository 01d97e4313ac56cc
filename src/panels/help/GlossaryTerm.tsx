import type { ReactNode } from 'react';
import { useEditor } from '../../editor/editor-context';

/** A result's label that opens the glossary at its entry: tap, click or Enter, so it works on touch screens too. */
export function GlossaryTerm({ entry, children, label, className = 'glossary-term' }: { entry: string; children: ReactNode; label?: string; className?: string }) {
  const { ui } = useEditor();
  return (
    <button type="button" className={className} aria-haspopup="dialog" aria-label={label} onClick={() => ui.setState({ glossary: { open: true, entry } })} data-testid={`glossary-term-${entry}`}>
      {children}
    </button>
  );
}
