import { useDocument, useNamer, useResults } from '../../editor/editor-context';
import { chshValueOf } from '../../engine/entanglement/delivered-pair';
import type { RequestResult } from '../../engine/results';
import { formatPerSecond, formatSeconds } from '../../format/format-units';
import { nameOf } from '../../format/names';
import type { ScenarioRequest } from '../../scenario/schema';
import { BellBars } from './BellBars';
import { BlochVectors } from './BlochVectors';
import { ChshMeter } from './ChshMeter';
import { DensityHeatMap } from './DensityHeatMap';
import { FidelityGauge } from './FidelityGauge';
import { FidelityWaterfall } from './FidelityWaterfall';
import { PairFigure } from './PairFigure';
import { formatPairNumber } from './pair-table';
import { bellTable, blochRows, blochTable, chshTable, densityTable, fidelityTable } from './pair-tables';
import { waterfallRows, waterfallTable } from './waterfall-rows';

/** The engine's sentence for a request that delivers no pair, with nodes by name. */
function noPairReason(result: RequestResult | undefined, name: (text: string) => string): string {
  if (!result) return 'the engine has not evaluated this request yet.';
  if (result.noKeyReason) return name(result.noKeyReason);
  return result.path.length === 0 ? 'there is no path between its ends.' : 'the engine gave no reason.';
}

/**
 * What the selected entanglement request delivers, read from the engine's evaluation: Bell weights, density matrix,
 * fidelity and CHSH against their thresholds, each end's conditional Bloch vectors and the fidelity step by step.
 */
export function DeliveredPairView({ request }: { request: Extract<ScenarioRequest, { protocol: 'entanglement' }> }) {
  const scenario = useDocument((s) => s.scenario);
  const evaluation = useResults((r) => r.evaluation);
  const result = evaluation?.requests.find((r) => r.id === request.id);
  const delivery = result?.entanglement;
  const state = delivery?.deliveredState ?? null;
  const name = (id: string) => nameOf(scenario, id);
  const named = useNamer();
  const sourceName = name(request.source);
  const targetName = name(request.target);
  const figureName = `${scenario.name} ${request.label || request.id}`;
  const bloch = state ? blochRows(state) : [];
  const steps = delivery ? waterfallRows(delivery.stages, name) : [];
  const errorCorrectionEfficiency = request.params.errorCorrectionEfficiency;
  return (
    <section className="pair-view" aria-labelledby="pair-view-title" data-testid="delivered-pair">
      <h3 id="pair-view-title">Delivered pair · {sourceName} → {targetName}</h3>
      {!evaluation ? (
        <p className="muted small">Waiting for the engine…</p>
      ) : !result || !delivery || !state ? (
        <p className="pair-view__none" data-testid="no-pair">No pair is delivered: {noPairReason(result, named)}</p>
      ) : (
        <>
          <dl className="pair-view__summary">
            <dt>Mean fidelity</dt>
            <dd data-testid="pair-fidelity" data-value={result.fidelity}>{formatPairNumber(result.fidelity)} <span className="muted">± {formatPairNumber(delivery.fidelityStdDev)}</span></dd>
            <dt>Pairs delivered</dt>
            <dd>{formatPerSecond(result.entanglementRatePairsPerSecond)}</dd>
            <dt>Mean delivery time</dt>
            <dd>
              {formatSeconds(delivery.monteCarloMeanDeliverySeconds)} <span className="muted">± {formatSeconds(delivery.monteCarloStdErrorSeconds)} (Monte Carlo; {formatSeconds(delivery.analyticMeanDeliverySeconds)} estimated)</span>
            </dd>
          </dl>
          <PairFigure title="Fidelity" name={figureName} table={fidelityTable(result.fidelity, state, errorCorrectionEfficiency)} testId="pair-fidelity-gauge">
            <FidelityGauge fidelity={result.fidelity} errorCorrectionEfficiency={errorCorrectionEfficiency} />
            <p className="muted small">The key mark is where a Werner pair of this fidelity stops giving entanglement-based key at this request's error-correction efficiency; other Bell-diagonal pairs can differ.</p>
          </PairFigure>
          <PairFigure title="Bell-state weights" name={figureName} table={bellTable(state)} testId="pair-bell-weights">
            <BellBars weights={state} />
          </PairFigure>
          <PairFigure title="Density matrix" name={figureName} table={densityTable(state)} testId="pair-density-matrix">
            <DensityHeatMap weights={state} />
          </PairFigure>
          <PairFigure title="CHSH value" name={figureName} table={chshTable(state)} testId="pair-chsh">
            <ChshMeter chsh={chshValueOf(state)} />
          </PairFigure>
          <PairFigure title="Conditional Bloch vectors" name={figureName} table={blochTable(bloch, sourceName, targetName)} testId="pair-bloch">
            <BlochVectors rows={bloch} sourceName={sourceName} targetName={targetName} />
            <p className="muted small">Each qubit once the other end has measured +1 along x (red arrow), y (green) or z (blue).</p>
          </PairFigure>
          <PairFigure title="Fidelity along the path" name={figureName} table={waterfallTable(steps)} testId="pair-waterfall">
            <FidelityWaterfall rows={steps} />
          </PairFigure>
        </>
      )}
    </section>
  );
}
