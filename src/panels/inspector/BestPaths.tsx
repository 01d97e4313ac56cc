import { useEffect, useState } from 'react';
import { useEditor, useDocument } from '../../editor/editor-context';
import type { BestPaths as BestPathsResult } from '../../engine/best-paths';
import type { ScenarioRequest } from '../../scenario/schema';
import { useSession } from '../../store/session-store';
import { formatBitsPerSecond, formatSeconds } from '../../format/format-units';
import { usePhysicsScenario } from '../use-physics-scenario';
import { useWorkerAnswer } from '../use-worker-answer';

/** How many routes the list shows. */
export const SHOWN_PATHS = 3;
/** Quiet time after an edit before asking the worker again. */
const ASK_DEBOUNCE_MS = 150;

/**
 * The request's best routes by its own metric, asked of the worker when the person opens the list (each one costs a
 * protocol evaluation, and a Monte Carlo for entanglement) and again after physics edits while it stays open.
 */
export function BestPaths({ request }: { request: ScenarioRequest }) {
  const { queries } = useEditor();
  const scenario = useDocument((s) => s.scenario);
  const [open, setOpen] = useState(false);
  const physics = usePhysicsScenario();

  const answer = useWorkerAnswer<BestPathsResult>(
    open ? () => queries.bestPaths(physics, request.id, SHOWN_PATHS) : null,
    (error) => ({ ok: false, error }),
    ASK_DEBOUNCE_MS,
    [queries, physics, open, request.id],
  );

  // Whatever was pointed at stops being lit when the list closes or the inspector moves on.
  useEffect(() => () => useSession.getState().setPreviewPath(null), [open, request.id]);
  const point = (path: readonly string[] | null) => useSession.getState().setPreviewPath(path);

  const label = (id: string) => scenario.nodes.find((n) => n.id === id)?.label || id;
  const current = answer?.ok && answer.requestId === request.id ? answer : null;
  return (
    <section className="best-paths" aria-label="Best paths">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="best-paths-toggle">
        {open ? 'Hide the best paths' : `Show the ${SHOWN_PATHS} best paths`}
      </button>
      {open && answer && !answer.ok && <p className="error-box" role="status">No path to list: {answer.error}</p>}
      {open && !answer && <p className="muted small">Finding paths…</p>}
      {open && current && (
        <>
          <ol className="best-paths__list" data-testid="best-paths">
            {current.paths.map((p, i) => (
              <li key={p.linkIds.join(' ')} data-testid={`best-path-${i}`}>
                <button
                  type="button"
                  className="best-paths__route"
                  title="Point at it (or focus it) to light this route on the canvas"
                  onPointerEnter={() => point(p.path)}
                  onPointerLeave={() => point(null)}
                  onFocus={() => point(p.path)}
                  onBlur={() => point(null)}
                >
                  {p.path.map(label).join(' → ')}
                </button>
                {i === 0 && <span className="badge badge--in-use">in use</span>}
                <span className="muted small">
                  {' '}key {formatBitsPerSecond(p.keyRateBitsPerSecond)} · latency {formatSeconds(p.latencySeconds)}
                  {Number.isFinite(p.fidelity) ? ` · fidelity ${p.fidelity.toFixed(3)}` : ''}
                  {p.keyRateBitsPerSecond === 0 && p.noKeyReason ? ` · ${p.noKeyReason}` : ''}
                </span>
              </li>
            ))}
          </ol>
          <p className="muted small">
            Ranked by “{request.routingMetric}”; each as if the request had its links to itself, at t = 0.
            {current.paths.length < SHOWN_PATHS && ` Only ${current.paths.length} loop-free path${current.paths.length === 1 ? '' : 's'} exist${current.paths.length === 1 ? 's' : ''}.`}
          </p>
        </>
      )}
    </section>
  );
}
