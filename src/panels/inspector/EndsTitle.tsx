import { useDocument } from '../../editor/editor-context';
import { nameOf } from '../../format/names';

/** An inspector's title line for a link or request: its kind and its two ends by name, as the canvas shows them. */
export function EndsTitle({ kind, source, target, arrow }: { kind: string; source: string; target: string; arrow: '↔' | '→' }) {
  const scenario = useDocument((s) => s.scenario);
  return (
    <p className="inspector__kind" data-testid="inspector-title">
      {kind} · {nameOf(scenario, source)} {arrow} {nameOf(scenario, target)}
    </p>
  );
}
