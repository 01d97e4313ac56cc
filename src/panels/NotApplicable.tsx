import { useHelpToggle } from './help/use-help-toggle';

/**
 * A value that does not exist here: a "—" (or a word such as "failed") whose reason shows as text below it on tap,
 * click or Enter (and as a title on hover), since a hover title alone never appears on a touch screen.
 */
export function NotApplicable({ reason, face = '—' }: { reason: string; face?: string }) {
  const toggle = useHelpToggle(face, reason, { face, className: 'not-applicable', ariaLabel: `${face === '—' ? 'none' : face}: ${reason}` });
  return (
    <>
      {toggle.button}
      {toggle.text}
    </>
  );
}
