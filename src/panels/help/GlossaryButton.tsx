import { GlossaryDialog } from './GlossaryDialog';
import { useEditor, useUi } from '../../editor/editor-context';

/** The header's "Glossary" button; the one glossary dialog lives beside it. */
export function GlossaryButton() {
  const { ui } = useEditor();
  const open = useUi((s) => s.glossary.open);
  return (
    <>
      <button type="button" onClick={() => ui.setState({ glossary: { open: true, entry: null } })} aria-haspopup="dialog" aria-expanded={open} data-testid="glossary-button">
        Glossary
      </button>
      <GlossaryDialog />
    </>
  );
}
