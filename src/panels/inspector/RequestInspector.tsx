import { lazy, Suspense } from 'react';
import { useEditor, useCanEdit } from '../../editor/editor-context';
import { EndsTitle } from './EndsTitle';
import type { Scenario } from '../../scenario/schema';
import {
  DECOY_METHODS, HERALDING_SCHEMES, PROTOCOL_PARAM_SPECS, PROTOCOLS, PURIFICATION_LEVELS, PURIFICATION_PROTOCOLS, PURIFICATION_STRATEGIES,
  ROUTING_METRICS, SOURCE_PLACEMENTS,
  type Protocol, type ScenarioRequest,
} from '../../scenario/schema';
import { setRequestParam } from '../../store/scenario-edits';
import { setRequestOption, setRequestProtocol } from '../../store/request-edits';
import { blockSpec, demandSpec, minFidelitySpec, signalIntensitySpec } from './inspector-specs';
import { EditableParam, OptionSelect, ParamList } from './ParamList';
import { GlossaryTerm } from '../help/GlossaryTerm';

// Loaded on first use: they are not needed before the first chart sample.
const DeliveredPairView = lazy(() => import('../pair/DeliveredPairView').then((module) => ({ default: module.DeliveredPairView })));
const BestPaths = lazy(() => import('./BestPaths').then((module) => ({ default: module.BestPaths })));

export const PROTOCOL_NAMES: Record<Protocol, string> = {
  'bb84-decoy': 'Decoy-state BB84 (trusted relay)',
  bbm92: 'BBM92 entanglement-based QKD',
  'tf-qkd': 'Twin-field QKD (sending or not sending)',
  entanglement: 'Entanglement through repeaters',
};

/** An optional number: a checkbox switches between "left to the engine" and a value. */
function OptionalNumber({ request, field, label, spec, value }: { request: ScenarioRequest; field: string; label: string; spec: typeof blockSpec; value: number | undefined }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  const apply = (v: number | undefined) => editor.edit((s) => setRequestOption(s, request.id, field, v), 'record');
  return (
    <>
      <label className="checkbox">
        <input type="checkbox" checked={value !== undefined} disabled={readOnly} onChange={(e) => apply(e.target.checked ? spec.default : undefined)} />
        {label}
      </label>
      {value !== undefined && <EditableParam name={field} spec={spec} value={value} edit={(s, v) => setRequestOption(s, request.id, field, v)} />}
    </>
  );
}

export function RequestInspector({ request }: { request: ScenarioRequest }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  const record = (fn: (s: Scenario) => Scenario) => editor.edit(fn, 'record');
  const option = (key: string) => (value: string) => record((s) => setRequestOption(s, request.id, key, value));
  // The delivered pair sits below the fields, outside the form: it answers the request's settings, so a change of
  // purification or memories shows its effect right under the control that made it.
  return (
    <>
      <form onSubmit={(e) => e.preventDefault()} aria-label={`Request ${request.id}`}>
        <EndsTitle kind="Request" source={request.source} target={request.target} arrow="→" />
        <OptionSelect label="Protocol" value={request.protocol} options={PROTOCOLS} onChange={(p) => record((s) => setRequestProtocol(s, request.id, p))} help={PROTOCOL_NAMES[request.protocol]} />
        <p className="muted small">{PROTOCOL_NAMES[request.protocol]}</p>
        <OptionSelect label="Route by" value={request.routingMetric} options={ROUTING_METRICS} onChange={option('routingMetric')} />
        <EditableParam name="demandBitsPerSecond" spec={demandSpec} value={request.demandBitsPerSecond} edit={(s, v) => setRequestOption(s, request.id, 'demandBitsPerSecond', v)} />
        {request.protocol === 'bb84-decoy' && (
          <>
            <OptionSelect label="Decoy states" value={request.decoyMethod} options={DECOY_METHODS} onChange={option('decoyMethod')} />
            <OptionalNumber request={request} field="signalMeanPhotonNumber" label="Fix the signal intensity (otherwise the best μ is chosen)" spec={signalIntensitySpec} value={request.signalMeanPhotonNumber} />
            <OptionalNumber request={request} field="finiteKeyBlockPulses" label="Finite key blocks (otherwise asymptotic)" spec={blockSpec} value={request.finiteKeyBlockPulses} />
            {(request.finiteKeyBlockPulses !== undefined || request.decoyMethod === 'vacuum-weak') && (
              <div>
                <label className="checkbox">
                  <input type="checkbox" checked={request.optimiseDecoySettings === true} disabled={readOnly}
                    onChange={(e) => record((s) => setRequestOption(s, request.id, 'optimiseDecoySettings', e.target.checked ? true : undefined))} />
                  {request.finiteKeyBlockPulses !== undefined
                    ? 'Choose ν and the signal / decoy / vacuum split too (otherwise ν as set and 80 / 10 / 10 %)'
                    : 'Choose ν too (otherwise ν as set)'}
                </label>{' '}
                <GlossaryTerm entry="decoy-settings" label="Glossary: chosen decoy settings" className="glossary-link">glossary</GlossaryTerm>
              </div>
            )}
            {request.finiteKeyBlockPulses !== undefined && request.decoyMethod !== 'vacuum-weak' && (
              <p className="muted small" data-testid="finite-key-decoy-note">Finite-key blocks always use a vacuum and one weak decoy (the estimate they are bounded with), whatever “Decoy states” says.</p>
            )}
          </>
        )}
        {request.protocol === 'bbm92' && <OptionSelect label="Pair source" value={request.sourcePlacement} options={SOURCE_PLACEMENTS} onChange={option('sourcePlacement')} />}
        {request.protocol === 'entanglement' && (
          <>
            <OptionSelect label="Heralding scheme" value={request.heraldingScheme} options={HERALDING_SCHEMES} onChange={option('heraldingScheme')} />
            <OptionSelect label="Purification" value={request.purificationProtocol} options={PURIFICATION_PROTOCOLS} onChange={option('purificationProtocol')} />
            <OptionSelect label="Purification strategy" value={request.purificationStrategy} options={PURIFICATION_STRATEGIES} onChange={option('purificationStrategy')}
              help="recurrence: two purified pairs make the next (2^rounds pairs per purified pair); pumping: each round spends one fresh pair (rounds + 1)." />
            <OptionSelect label="Purify at" value={request.purificationLevels} options={PURIFICATION_LEVELS} onChange={option('purificationLevels')}
              help="elementary: only the elementary links; every-level: also the pair of every span after each swap level (nested purification)." />
            <OptionalNumber request={request} field="minFidelity" label="Require a minimum fidelity (otherwise any pair will do)" spec={minFidelitySpec} value={request.minFidelity} />
            <div>
              <label className="checkbox">
                <input type="checkbox" checked={request.optimiseRepeaterSettings === true} disabled={readOnly}
                  onChange={(e) => record((s) => setRequestOption(s, request.id, 'optimiseRepeaterSettings', e.target.checked ? true : undefined))} />
                {request.purificationProtocol === 'none'
                  ? 'Choose the memory cut-off (otherwise each memory’s own)'
                  : 'Choose the memory cut-off and purification rounds (otherwise as set)'}
              </label>{' '}
              <GlossaryTerm entry="memory-cutoff" label="Glossary: memory cut-off" className="glossary-link">glossary</GlossaryTerm>
              {request.optimiseRepeaterSettings && (
                <p className="muted small" data-testid="repeater-settings-note">The rounds below and each memory’s cut-off are kept only if nothing beats them; Source settings in the results shows what runs.</p>
              )}
            </div>
          </>
        )}
        <ParamList specs={PROTOCOL_PARAM_SPECS[request.protocol]} values={request.params} edit={(s, k, v) => setRequestParam(s, request.id, k, v)} />
        <Suspense fallback={null}>
          <BestPaths request={request} />
        </Suspense>
      </form>
      {request.protocol === 'entanglement' && (
        <Suspense fallback={null}>
          <DeliveredPairView request={request} />
        </Suspense>
      )}
    </>
  );
}
