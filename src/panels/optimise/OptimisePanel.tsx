import { useEffect, useRef, useState } from 'react';
import { useCanEdit, useDocument, useEditor, useNamer } from '../../editor/editor-context';
import { formatBitsPerSecond } from '../../format/format-units';
import { requestName } from '../../format/names';
import type { Objective, OptimiseOutcome, RequestFigures } from '../../engine/optimise/optimise-placement';
import type { Scenario } from '../../scenario/schema';
import { LIMITS } from '../../scenario/schema-constants';
import { useProposal } from '../../store/proposal-store';
import { startOptimise, type OptimiseRun } from '../../worker/optimise-client';
import { applyProposal } from './apply-proposal';
import { withCandidate, withCost } from './candidate-edits';
import { RequestTargets } from './RequestTargets';
import './optimise-panel.css';

const OBJECTIVE_LABELS: Record<Objective, string> = {
  'fewest-relays': 'Fewest relays',
  'lowest-cost': 'Lowest cost',
  'max-min-rate': 'Highest minimum key rate within a budget',
};

type Found = { outcome: Extract<OptimiseOutcome, { ok: true }>; base: Scenario };

/**
 * Relay placement: mark candidate trusted nodes and repeaters, set key-rate and fidelity targets, and let the optimiser
 * (its own worker, HiGHS) choose which to keep; the proposal is drawn over the canvas and Apply is one undoable edit.
 */
export function OptimisePanel() {
  const editor = useEditor();
  const canEdit = useCanEdit();
  const name = useNamer();
  const scenario = useDocument((s) => s.scenario);
  const sites = scenario.nodes.filter((n) => n.kind === 'trusted-node' || n.kind === 'repeater');
  const planned = scenario.requests.filter((r) => r.protocol === 'bb84-decoy' || r.protocol === 'entanglement');
  const [target, setTarget] = useState('');
  const [fidelity, setFidelity] = useState('');
  const [routes, setRoutes] = useState('1');
  const [objective, setObjective] = useState<Objective>('fewest-relays');
  const [budget, setBudget] = useState('3');
  const [timeLimit, setTimeLimit] = useState('30');
  const [progress, setProgress] = useState<number | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useRef<OptimiseRun | null>(null);
  const showProposal = useProposal((s) => s.show);
  const clearProposal = useProposal((s) => s.clear);

  // A proposal belongs to the design it was made for: any edit since makes it stale.
  const stale = found !== null && found.base !== scenario;
  useEffect(() => {
    if (stale) clearProposal();
  }, [stale, clearProposal]);
  useEffect(() => () => {
    run.current?.cancel();
    clearProposal();
  }, [clearProposal]);

  const targetValue = target.trim() === '' ? undefined : Number(target);
  const targetProblem = targetValue !== undefined && !(targetValue > 0) ? 'The target must be a key rate above 0 bit/s.' : null;
  const fidelityValue = fidelity.trim() === '' ? undefined : Number(fidelity);
  const routesValue = Number(routes);
  const budgetValue = Number(budget);
  const timeValue = Number(timeLimit);
  const settingsProblem =
    targetProblem ??
    (fidelityValue !== undefined && !(fidelityValue > 0 && fidelityValue <= 1) ? 'The minimum fidelity must be above 0 and at most 1.' : null) ??
    (!(Number.isInteger(routesValue) && routesValue >= 1 && routesValue <= 10) ? 'The number of disjoint routes must be a whole number from 1 to 10.' : null) ??
    (objective === 'max-min-rate' && !(budgetValue >= 0) ? 'The budget must be 0 or more cost units.' : null) ??
    (!(timeValue > 0) ? 'The time limit must be above 0 s.' : null);

  const optimise = () => {
    setError(null);
    setFound(null);
    clearProposal();
    setProgress(0);
    const base = scenario;
    const started = startOptimise(
      {
        scenario: base,
        options: {
          objective,
          minKeyRateBitsPerSecond: targetValue,
          minFidelity: fidelityValue,
          disjointRoutes: routesValue,
          budgetCostUnits: objective === 'max-min-rate' ? budgetValue : undefined,
          timeLimitSeconds: timeValue,
        },
      },
      (fraction) => setProgress(fraction),
    );
    run.current = started;
    started.result.then(
      (outcome) => {
        run.current = null;
        setProgress(null);
        if (!outcome.ok) {
          setError(name(outcome.message));
          return;
        }
        setFound({ outcome, base });
        showProposal(outcome.chosen, outcome.removed);
      },
      (e: Error) => {
        run.current = null;
        setProgress(null);
        if (e.message !== 'cancelled') setError(`The optimiser stopped: ${e.message}`);
      },
    );
  };

  const apply = () => {
    if (found && !stale && applyProposal(editor, { base: found.base, scenario: found.outcome.scenario })) setFound(null);
  };

  const discard = () => {
    setFound(null);
    clearProposal();
  };

  const running = progress !== null;
  const candidates = sites.filter((n) => (n.kind === 'trusted-node' || n.kind === 'repeater') && n.candidate);
  return (
    <section className="optimise" aria-label="Optimise relays" data-testid="optimise-panel">
      <p className="optimise__hint">
        Tick the trusted nodes and repeaters that may be dropped: the optimiser keeps as few (or as cheap) as the key-rate
        and fidelity targets allow, and a site not kept becomes a fibre junction (its fibres spliced into one span).
      </p>
      {sites.length === 0 ? (
        <p className="optimise__hint">Add trusted nodes or repeaters between your stations to have sites to choose from.</p>
      ) : (
        <fieldset className="optimise__sites" disabled={!canEdit || running}>
          <legend>Candidate sites</legend>
          {sites.map((n) => {
            const isCandidate = (n.kind === 'trusted-node' || n.kind === 'repeater') && n.candidate === true;
            return (
              <div className="optimise__site" key={n.id}>
                <label>
                  <input type="checkbox" checked={isCandidate} onChange={(e) => editor.edit((s) => withCandidate(s, n.id, e.target.checked), 'record')} />
                  {n.label || n.id}
                  <span className="optimise__kind">{n.kind === 'repeater' ? 'repeater' : 'trusted node'}</span>
                </label>
                {isCandidate && (
                  <label className="optimise__cost">
                    cost
                    <input
                      type="number" min={0} max={LIMITS.costUnits} step="any" aria-label={`Cost of ${n.label || n.id}`}
                      value={n.kind === 'trusted-node' || n.kind === 'repeater' ? (n.costUnits ?? 1) : 1}
                      onChange={(e) => {
                        const value = Number(e.target.value);
                        // Within the schema's range: the document must stay one that opens again from autosave.
                        if (e.target.value !== '' && value >= 0 && value <= LIMITS.costUnits) editor.edit((s) => withCost(s, n.id, value), 'record');
                      }}
                    />
                  </label>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      {planned.length > 0 && <RequestTargets requests={planned} />}
      <div className="optimise__settings">
        <label>
          Minimum key rate per request (bit/s)
          <input type="number" min={0} step="any" value={target} placeholder="each request's own" title="Overrides every request's own key-rate target for this run" onChange={(e) => setTarget(e.target.value)} aria-label="Minimum key rate per request (bit/s)" />
        </label>
        <label>
          Minimum delivered fidelity (entanglement)
          <input
            type="number" min={0} max={1} step="any" value={fidelity} placeholder="each request's own"
            onChange={(e) => setFidelity(e.target.value)} aria-label="Minimum delivered fidelity (entanglement)"
          />
        </label>
        <label>
          Node-disjoint routes per request
          <input type="number" min={1} max={10} step={1} value={routes} onChange={(e) => setRoutes(e.target.value)} aria-label="Node-disjoint routes per request" />
        </label>
        <label>
          Objective
          <select value={objective} onChange={(e) => setObjective(e.target.value as Objective)}>
            {Object.entries(OBJECTIVE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        {objective === 'max-min-rate' && (
          <label>
            Budget (cost units)
            <input type="number" min={0} step="any" value={budget} onChange={(e) => setBudget(e.target.value)} />
          </label>
        )}
        <label>
          Time limit (s)
          <input type="number" min={0} step="any" value={timeLimit} onChange={(e) => setTimeLimit(e.target.value)} />
        </label>
      </div>
      {settingsProblem && <p className="error-box" role="alert">{settingsProblem}</p>}
      {planned.length === 0 && <p className="optimise__hint">The optimiser plans decoy-BB84 key requests and entanglement requests; this design has neither.</p>}
      <div className="optimise__actions">
        <button type="button" onClick={optimise} disabled={running || !canEdit || candidates.length === 0 || planned.length === 0 || settingsProblem !== null}>
          Optimise
        </button>
        {running && (
          <>
            <progress max={1} value={progress} aria-label="Optimiser progress" />
            <button type="button" onClick={() => run.current?.cancel()}>Cancel</button>
          </>
        )}
      </div>
      {error && <p className="error-box" role="alert" data-testid="optimise-error">{error}</p>}
      {found && <Proposal found={found} stale={stale} canEdit={canEdit} onApply={apply} onDiscard={discard} />}
    </section>
  );
}

function Proposal({ found, stale, canEdit, onApply, onDiscard }: { found: Found; stale: boolean; canEdit: boolean; onApply(): void; onDiscard(): void }) {
  const name = useNamer();
  const scenario = useDocument((s) => s.scenario);
  const { outcome } = found;
  const total = outcome.chosen.length + outcome.removed.length;
  const quality = outcome.optimal ? 'proven optimal' : `not proven optimal: within ${(outcome.gap * 100).toFixed(1)} % of the bound (${outcome.method})`;
  return (
    <div className="optimise__proposal" data-testid="optimise-proposal">
      <p role="status">
        Keeps <strong>{outcome.chosen.length}</strong> of {total} candidate sites{outcome.objective === 'lowest-cost' ? ` (cost ${outcome.objectiveValue})` : ''}, {quality}, in {outcome.seconds.toFixed(1)} s.
        {outcome.removed.length > 0 && <> Becoming junctions: {name(outcome.removed.join(', '))}.</>}
      </p>
      <table className="optimise__table">
        <caption>Key rate (and delivered fidelity) per request, alone on its links</caption>
        <thead>
          <tr><th scope="col">Request</th><th scope="col">Target</th><th scope="col">Now</th><th scope="col">Proposed</th></tr>
        </thead>
        <tbody>
          {outcome.requests.map((r) => (
            <tr key={r.id}>
              <th scope="row">{requestName(scenario, r.id)}</th>
              <td>{targetText(r)}</td>
              <td>{resultText(r.before)}</td>
              <td>{resultText(r.after)}{r.after.disjointRoutes !== undefined && `; ${r.after.disjointRoutes} disjoint route${r.after.disjointRoutes === 1 ? '' : 's'}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {stale && <p className="optimise__hint">The design has changed since: optimise again to apply.</p>}
      <div className="optimise__actions">
        <button type="button" onClick={onApply} disabled={stale || !canEdit}>Apply</button>
        <button type="button" onClick={onDiscard}>Discard</button>
      </div>
    </div>
  );
}

function targetText(r: RequestFigures): string {
  const parts = [...(r.minBitsPerSecond === null ? [] : [formatBitsPerSecond(r.minBitsPerSecond)]), ...(r.minFidelity === null ? [] : [`F ≥ ${r.minFidelity}`])];
  return parts.length ? parts.join(', ') : '—';
}

function resultText(result: RequestFigures['before']): string {
  return formatBitsPerSecond(result.keyRateBitsPerSecond) + (result.fidelity === null ? '' : `, F = ${result.fidelity.toFixed(3)}`);
}
