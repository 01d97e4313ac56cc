import { useHelpToggle } from './help/use-help-toggle';

/**
 * A value that does not exist here: a "—" button whose reason shows as text below it on tap, click or Enter (and as a
 * title on hover), since a hover title alone never appears on a touch screen.
 */
export function NotApplicable({ reason }: { reason: string }) {
  const toggle = useHelpToggle('none', reason, { face: '—', className: 'not-applicable', ariaLabel: `none: ${reason}` });
  return (
    <>
      {toggle.button}
      {toggle.text}
    </>
  );
}
