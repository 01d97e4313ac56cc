import { useEditor, useResults } from '../editor/editor-context';
import { useSession } from '../store/session-store';
import { formatClock } from '../format/format-units';
import './time-controls.css';

const SPEEDS = [1, 5, 20, 100, 1000];
/** The clock and run status refresh ten times a second: smooth to read, a sixth of the stream's rate. */
const CLOCK_REFRESH_MS = 100;

/** Play, pause, step, reset and speed of simulated time. Glyphs from common text fonts: media-control emoji show as boxes without an emoji font. */
export function TimeControls() {
  // The same time actions as the keyboard commands, so buttons and keys behave alike.
  const editor = useEditor();
  const { results } = editor;
  // Re-render on new samples, at most every CLOCK_REFRESH_MS: each text change costs the page a layout and a repaint.
  useResults((r) => r.version, { throttleMs: CLOCK_REFRESH_MS });
  const playing = useSession((s) => s.playing);
  const speed = useSession((s) => s.speed);
  const finished = results.status === 'finished';
  const status = editor.runStatus();
  return (
    <div className="time-controls" role="group" aria-label="Simulated time">
      <button
        type="button"
        className="time-controls__play"
        onClick={() => editor.togglePlay()}
      >
        {playing && !finished ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" onClick={() => editor.step()} aria-label="Step one time step">
        Step ›
      </button>
      <button type="button" onClick={() => editor.restart()} aria-label="Restart from t = 0">
        ↺ Reset
      </button>
      <label>
        Speed
        <select value={speed} onChange={(e) => editor.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <output className="time-controls__clock" data-testid="sim-time" aria-label="Simulated time">
        t = {formatClock(results.timeSeconds)} / {formatClock(results.durationSeconds)}
      </output>
      <span className={`status status--${status}`} data-testid="run-status">{status}</span>
    </div>
  );
}
