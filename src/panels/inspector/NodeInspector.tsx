import { lazy, Suspense } from 'react';
import { useEditor, useCanEdit } from '../../editor/editor-context';
import { NODE_KIND_LOOK } from '../../format/node-kinds';
import { MEMORY_NOISE_MODELS, NODE_PARAM_SPECS } from '../../scenario/schema-constants';
import type { ScenarioNode } from '../../scenario/schema';
import { renameNode, setNodeParam } from '../../store/scenario-edits';
import { setNodeLocation } from '../../store/request-edits';
import { latitudeSpec, longitudeSpec, stationAltitudeSpec } from './inspector-specs';
import { EditableParam, OptionSelect, ParamList } from './ParamList';
import { commitField, previewField } from './field-edits';
import { withMemoryNoiseModel } from './memory-noise-edit';

// Loaded on first use: they are not needed before the first chart sample.
const OrbitFields = lazy(() => import('./OrbitFields').then((module) => ({ default: module.OrbitFields })));
const SatellitePasses = lazy(() => import('./SatellitePasses').then((module) => ({ default: module.SatellitePasses })));

/** Latitude and longitude: needed to point a satellite at a station and to place it on the map. */
function LocationFields({ node }: { node: ScenarioNode }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  const location = node.location;
  return (
    <fieldset className="schedule">
      <legend>Geographic location</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={location !== undefined}
          disabled={readOnly}
          onChange={(e) => editor.edit((s) => setNodeLocation(s, node.id, e.target.checked ? { latDeg: 0, lonDeg: 0 } : undefined), 'record')}
        />
        On the map
      </label>
      {location && (
        <>
          <EditableParam name="latDeg" spec={latitudeSpec} value={location.latDeg} edit={(s, v) => setNodeLocation(s, node.id, { ...location, latDeg: v })} />
          <EditableParam name="lonDeg" spec={longitudeSpec} value={location.lonDeg} edit={(s, v) => setNodeLocation(s, node.id, { ...location, lonDeg: v })} />
          {node.kind !== 'satellite' && (
            <EditableParam name="altitudeKm" spec={stationAltitudeSpec} value={location.altitudeKm ?? 0} edit={(s, v) => setNodeLocation(s, node.id, { ...location, altitudeKm: v })} />
          )}
        </>
      )}
    </fieldset>
  );
}

export function NodeInspector({ node }: { node: ScenarioNode }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label={`Node ${node.label ?? node.id}`}>
      <p className="inspector__kind">{NODE_KIND_LOOK[node.kind].icon} {NODE_KIND_LOOK[node.kind].name}</p>
      <div className="param">
        <label htmlFor="node-name">Name</label>
        <input
          id="node-name"
          value={node.label ?? ''}
          maxLength={80}
          readOnly={readOnly}
          onChange={(e) => previewField(editor, (s) => renameNode(s, node.id, e.target.value))}
          onBlur={() => commitField(editor)}
        />
      </div>
      {node.kind !== 'satellite' && (
        <OptionSelect label="Memory noise" value={node.memoryNoiseModel ?? 'dephasing'} options={MEMORY_NOISE_MODELS}
          onChange={(model) => editor.edit((s) => withMemoryNoiseModel(s, node.id, model), 'record')}
          help="How a stored qubit decoheres while it waits for its partner link: dephasing (T₂), depolarizing, or t1-t2 (amplitude damping with T₁ plus dephasing with T₂). Read by entanglement requests." />
      )}
      <ParamList specs={NODE_PARAM_SPECS[node.kind]} values={node.params} edit={(s, k, v) => setNodeParam(s, node.id, k, v)} />
      {node.kind !== 'satellite' && <LocationFields node={node} />}
      {node.kind === 'satellite' && (
        <Suspense fallback={null}>
          <OrbitFields key={node.id} node={node} />
          <SatellitePasses satelliteId={node.id} />
        </Suspense>
      )}
    </form>
  );
}
