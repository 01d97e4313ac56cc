import { NODE_KIND_LOOK } from '../../format/node-kinds';
import { useCanEdit, useDocument, useEditor } from '../../editor/editor-context';
import { useSession } from '../../store/session-store';
import { chooseRouteFactor, updateMismatchedFibres } from './fibre-route-edits';
import { mismatchedFibres } from './map-edits';
import { useMapView } from '../../store/map-view-store';
import { FIBRE_MISMATCH_FACTOR } from '../../scenario/fibre-route';

/**
 * Beside the map: nodes with no location wait here until placed (pick one, then click the map or find a city), and
 * fibres whose length strays from great-circle × route factor are offered an update. Each change is one undo step.
 */
/** Route factors offered (the document may hold any from 1 to 5). */
const ROUTE_FACTORS = [1, 1.1, 1.2, 1.3, 1.4, 1.5, 2];

export function MapTray() {
  const app = useEditor();
  const editable = useCanEdit();
  const scenario = useDocument((s) => s.scenario);
  const placingId = useMapView((s) => s.placingId);
  const setPlacing = useMapView((s) => s.setPlacing);
  const select = useSession((s) => s.select);
  const unplaced = scenario.nodes.filter((n) => !n.location && n.kind !== 'satellite');
  const mismatched = mismatchedFibres(scenario);
  const routeFactor = scenario.settings.routeFactor ?? 1;
  const waiting = unplaced.find((n) => n.id === placingId);
  return (
    <div className="map-tray" data-testid="map-tray">
      {unplaced.length > 0 && (
        <section aria-label="Nodes without a location">
          <h3 className="map-tray__title">Not on the map ({unplaced.length})</h3>
          <ul className="map-tray__list">
            {unplaced.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className="map-tray__node"
                  aria-pressed={n.id === placingId}
                  disabled={!editable}
                  data-testid={`tray-${n.id}`}
                  onClick={() => {
                    setPlacing(n.id === placingId ? null : n.id);
                    select({ kind: 'node', id: n.id });
                  }}
                >
                  <span aria-hidden="true">{NODE_KIND_LOOK[n.kind].icon}</span> {n.label ?? n.id}
                </button>
              </li>
            ))}
          </ul>
          {waiting && (
            <p className="map-tray__hint" data-testid="placing-hint" role="status">
              Click (or tap) the map to place {waiting.label ?? waiting.id}, or find a city above. Esc cancels.
            </p>
          )}
        </section>
      )}
      <section aria-label="Fibre lengths" className="map-tray__fibres">
        <label className="map-tray__route">
          Route factor ×
          <select
            value={routeFactor}
            disabled={!editable}
            data-testid="route-factor"
            title="Fibre length over great-circle distance: cables follow roads and coasts (about 1.3 on land)"
            onChange={(e) => chooseRouteFactor(app, Number(e.target.value))}
          >
            {[...new Set([...ROUTE_FACTORS, routeFactor])].sort((a, b) => a - b).map((f) => (
              <option key={f} value={f}>{f}</option>
            ))}
          </select>
        </label>
        {mismatched.length > 0 && (
          <p className="map-tray__mismatch" data-testid="fibre-mismatch">
            {mismatched.length === 1 ? '1 fibre differs' : `${mismatched.length} fibres differ`} from great-circle × {routeFactor} by more than {FIBRE_MISMATCH_FACTOR}×
            {' '}(e.g. {mismatched[0]!.link.id}: {mismatched[0]!.link.params.lengthKm} km, expected {mismatched[0]!.expectedKm} km).{' '}
            <button type="button" disabled={!editable} data-testid="fibre-update" onClick={() => updateMismatchedFibres(app)}>
              Update {mismatched.length === 1 ? 'it' : 'them'}
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
