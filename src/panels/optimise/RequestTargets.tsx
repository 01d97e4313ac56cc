import { useCanEdit, useDocument, useEditor } from '../../editor/editor-context';
import { requestName } from '../../format/names';
import type { ParamSpec } from '../../scenario/param-spec';
import type { ScenarioRequest } from '../../scenario/schema';
import { setRequestOption } from '../../store/request-edits';
import { minFidelitySpec } from '../inspector/inspector-specs';
import { EditableParam } from '../inspector/ParamList';

const minKeyRateSpec: ParamSpec = {
  label: 'Minimum key rate', unit: 'bit/s', min: 0, minExclusive: true, max: 1e12, default: 100,
  help: 'The key rate the optimiser must give this request, as if alone on its links (minKeyRateBitsPerSecond).',
};

/** One request's own target: a checkbox switches it on (at the spec's default) or off, then the value is edited. */
function Target({ request, field, spec, value }: { request: ScenarioRequest; field: 'minKeyRateBitsPerSecond' | 'minFidelity'; spec: ParamSpec; value: number | undefined }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  const scenario = useDocument((s) => s.scenario);
  const name = (requestId: string) => requestName(scenario, requestId);
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox" checked={value !== undefined} disabled={readOnly} aria-label={`${spec.label} for ${name(request.id)}`}
          onChange={(e) => editor.edit((s) => setRequestOption(s, request.id, field, e.target.checked ? spec.default : undefined), 'record')}
        />
        {spec.label}
      </label>
      {value !== undefined && <EditableParam name={`${request.id}-${field}`} spec={spec} value={value} edit={(s, v) => setRequestOption(s, request.id, field, v)} />}
    </>
  );
}

/** Each planned request's own targets, kept in the design (the fields above override them for one run). */
export function RequestTargets({ requests }: { requests: ScenarioRequest[] }) {
  const scenario = useDocument((s) => s.scenario);
  const name = (requestId: string) => requestName(scenario, requestId);
  return (
    <fieldset className="optimise__targets">
      <legend>Targets per request</legend>
      {requests.map((r) => (
        <div key={r.id} className="optimise__target" data-testid={`optimise-target-${r.id}`}>
          <strong>{name(r.id)}</strong>
          <Target request={r} field="minKeyRateBitsPerSecond" spec={minKeyRateSpec} value={r.minKeyRateBitsPerSecond} />
          {r.protocol === 'entanglement' && <Target request={r} field="minFidelity" spec={minFidelitySpec} value={r.minFidelity} />}
        </div>
      ))}
    </fieldset>
  );
}
