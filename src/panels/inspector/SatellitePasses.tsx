import { useEditor, useDocument } from '../../editor/editor-context';
import type { SatellitePassList } from '../../engine/satellite-passes';
import { formatClock } from '../../format/format-units';
import { usePhysicsScenario } from '../use-physics-scenario';
import { useWorkerAnswer } from '../use-worker-answer';

/** Quiet time after an edit before asking the worker again. */
const ASK_DEBOUNCE_MS = 150;

/** When the satellite is in view of each station it links to during the run: the only times its links carry key. */
export function SatellitePasses({ satelliteId }: { satelliteId: string }) {
  const { queries } = useEditor();
  const physics = usePhysicsScenario();
  const nodes = useDocument((s) => s.scenario.nodes);
  const answer = useWorkerAnswer<SatellitePassList>(
    () => queries.satellitePasses(physics, satelliteId),
    (error) => ({ ok: false, error }),
    ASK_DEBOUNCE_MS,
    [queries, physics, satelliteId],
  );
  const label = (id: string) => nodes.find((n) => n.id === id)?.label || id;
  const current = answer?.ok && answer.satelliteId === satelliteId ? answer : null;
  // With a date (a TLE orbit or a start time) each instant also reads as UTC: hh:mm:ss, the day when it changes.
  const startMs = current?.startTimeUtcMs ?? null;
  const at = (t: number) => {
    if (startMs === null) return `t = ${formatClock(t)}`;
    const iso = new Date(startMs + t * 1000).toISOString();
    return `${iso.slice(11, 19)} UTC${iso.slice(0, 10) === new Date(startMs).toISOString().slice(0, 10) ? '' : ` (${iso.slice(0, 10)})`}`;
  };
  return (
    <section className="passes" aria-label="Passes" data-testid="satellite-passes">
      <h3 className="passes__title">Passes during the run</h3>
      {answer && !answer.ok && <p className="error-box" role="status">No passes to list: {answer.error}</p>}
      {!answer && <p className="muted small">Finding passes…</p>}
      {current && current.stations.length === 0 && (
        <p className="muted small">No free-space link to a ground station with a location: link the satellite to one to see its passes.</p>
      )}
      {current?.stations.map((station) => (
        <div key={station.stationId}>
          <h4 className="passes__station">
            {label(station.stationId)} <span className="muted small">(above {station.minElevationDeg}°)</span>
          </h4>
          {station.passes.length === 0 ? (
            <p className="muted small">None in this run: the satellite never rises above {station.minElevationDeg}° here.</p>
          ) : (
            <table className="passes__table">
              <thead>
                <tr>
                  <th scope="col">Rises</th>
                  <th scope="col">Sets</th>
                  <th scope="col">Highest</th>
                </tr>
              </thead>
              <tbody>
                {station.passes.map((pass) => (
                  <tr key={pass.riseSeconds}>
                    <td>{pass.risesBeforeSpan ? 'before the start' : at(pass.riseSeconds)}</td>
                    <td>{pass.setsAfterSpan ? 'after the run' : at(pass.setSeconds)}</td>
                    <td>{pass.maxElevationDeg.toFixed(0)}° at {at(pass.maxElevationSeconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
      {startMs !== null && <p className="muted small">Run starts {new Date(startMs).toISOString().replace('T', ' ').slice(0, 19)} UTC.</p>}
      {current?.truncated && <p className="muted small">The run is longer than a week; passes are listed for its first week.</p>}
    </section>
  );
}
