import { GlossaryDialog } from './GlossaryDialog';
import { showGlossary, useGlossary } from './glossary-store';

/** The header's "Glossary" button; the one glossary dialog lives beside it. */
export function GlossaryButton() {
  const open = useGlossary((s) => s.open);
  return (
    <>
      <button type="button" onClick={() => showGlossary()} aria-haspopup="dialog" aria-expanded={open} data-testid="glossary-button">
        Glossary
      </button>
      <GlossaryDialog />
    </>
  );
}
