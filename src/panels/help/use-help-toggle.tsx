import './help.css';
import { useId, useState, type ReactNode } from 'react';

/** How the toggle looks: a "?" for a parameter's help, or the value itself (a "—" whose reason it shows). */
export interface HelpToggleLook {
  face: ReactNode;
  className: string;
  ariaLabel: string;
}

/**
 * A "?" button beside a parameter's label that shows its help inline: a hover title never appears on a touch screen.
 * Returns the button and the text separately, so the text can sit below the field.
 */
export function useHelpToggle(label: string, help: string | undefined, look?: HelpToggleLook) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!help) return { button: null, text: null };
  const button = (
    <button
      type="button"
      className={look?.className ?? 'help-toggle'}
      aria-expanded={open}
      aria-controls={id}
      aria-label={look?.ariaLabel ?? `Help: ${label}`}
      title={look ? help : undefined}
      onClick={() => setOpen(!open)}
    >
      {look?.face ?? '?'}
    </button>
  );
  const text = (
    <p id={id} className="help-text" hidden={!open}>
      {help}
    </p>
  );
  return { button, text };
}
