import { useEffect, useRef, type KeyboardEvent } from 'react';
import { COMMAND_GROUPS } from '../commands/command';
import { GESTURES } from '../commands/gestures';
import { COMMANDS } from '../commands/registry';
import { formatShortcut } from '../commands/shortcuts';
import { useEditor, useUi } from '../editor/editor-context';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Every shortcut, read from the command registry, and the canvas gestures. A modal <dialog>: the rest of the page is
 * inert while it is open (focus stays inside), Escape closes it, and focus returns to where it was.
 */
export function ShortcutsDialog() {
  const app = useEditor();
  const open = useUi((s) => s.helpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Focused here rather than by React's autoFocus, which calls focus() while mounting the closed dialog and so
      // recalculated the page's style in the middle of the first render (~27 ms at load).
      closeRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const close = () => app.ui.setState({ helpOpen: false });
  // A modal dialog makes the page inert, but Tab would still leave for the browser's own controls: wrap it around.
  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" aria-modal="true" onClose={close} onKeyDown={trapTab}>
      <div className="shortcuts__head">
        <h2 id="shortcuts-title">Keyboard shortcuts and gestures</h2>
        <button ref={closeRef} type="button" onClick={close}>Close</button>
      </div>
      {/* Built only while open: its ~180 elements were a third of the page's first render. */}
      {open && (
        <div className="shortcuts__body">
          {COMMAND_GROUPS.map((group) => (
            <table key={group} className="shortcuts__table">
              <caption>{group}</caption>
              <tbody>
                {COMMANDS.filter((c) => c.group === group && c.shortcuts.length > 0).map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.label}</th>
                    <td>{c.shortcuts.map((s, i) => <span key={s}>{i > 0 && ' or '}<kbd>{formatShortcut(s, MAC)}</kbd></span>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          <h3>With the pointer</h3>
          <ul className="shortcuts__gestures">
            {GESTURES.map((g) => <li key={g.gesture}><strong>{g.gesture}</strong>: {g.does}.</li>)}
          </ul>
        </div>
      )}
    </dialog>
  );
}
