import './help.css';
import { useId, useState } from 'react';

/**
 * A "?" button beside a parameter's label that shows its help inline: a hover title never appears on a touch screen.
 * Returns the button and the text separately, so the text can sit below the field.
 */
export function useHelpToggle(label: string, help: string | undefined) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!help) return { button: null, text: null };
  const button = (
    <button type="button" className="help-toggle" aria-expanded={open} aria-controls={id} aria-label={`Help: ${label}`} onClick={() => setOpen(!open)}>
      ?
    </button>
  );
  const text = (
    <p id={id} className="help-text" hidden={!open}>
      {help}
    </p>
  );
  return { button, text };
}
