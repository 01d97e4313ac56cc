import { useState } from 'react';
import { useCanEdit, useDocument, useEditor } from '../../editor/editor-context';
import type { Scenario, ScenarioNode } from '../../scenario/schema';
import { tleCatalogNumber, tleLineProblem } from '../../scenario/tle-format';
import { utcDateTimeProblem } from '../../scenario/utc-time';

type Satellite = Extract<ScenarioNode, { kind: 'satellite' }>;
type Orbit = NonNullable<Satellite['orbit']>;

function setOrbit(s: Scenario, id: string, orbit: Orbit | undefined): Scenario {
  return {
    ...s,
    nodes: s.nodes.map((n) => {
      if (n.id !== id || n.kind !== 'satellite') return n;
      const { orbit: _old, ...rest } = n;
      return orbit ? { ...rest, orbit } : rest;
    }),
  };
}

function setStartTime(s: Scenario, startTimeUtc: string | undefined): Scenario {
  const { startTimeUtc: _old, ...rest } = s.settings;
  return { ...s, settings: startTimeUtc === undefined ? rest : { ...rest, startTimeUtc } };
}

/** Why the two lines cannot be used together, or null. */
function tleProblem(line1: string, line2: string): string | null {
  const first = tleLineProblem(line1, 1);
  if (first) return `Line 1 ${first}.`;
  const second = tleLineProblem(line2, 2);
  if (second) return `Line 2 ${second}.`;
  return tleCatalogNumber(line1) === tleCatalogNumber(line2) ? null : 'The two lines name different satellites.';
}

/**
 * A satellite's orbit: the circular lesson orbit of its parameters, or a real one from a two-line element set (SGP4),
 * and the run's UTC start. A value is applied only once it is valid; what is typed stays in the field until then.
 */
export function OrbitFields({ node }: { node: Satellite }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  const startTimeUtc = useDocument((s) => s.scenario.settings.startTimeUtc);
  const tle = node.orbit?.kind === 'tle' ? node.orbit : undefined;
  const [line1, setLine1] = useState(tle?.line1 ?? '');
  const [line2, setLine2] = useState(tle?.line2 ?? '');
  const [start, setStart] = useState(startTimeUtc ?? '');
  const [useTle, setUseTle] = useState(node.orbit !== undefined);
  const problem = useTle ? tleProblem(line1.trim(), line2.trim()) : null;
  const startProblem = start.trim() === '' ? null : utcDateTimeProblem(start.trim());
  const applyTle = (l1: string, l2: string) => {
    if (tleProblem(l1.trim(), l2.trim()) === null) editor.edit((s) => setOrbit(s, node.id, { kind: 'tle', line1: l1.trim(), line2: l2.trim() }), 'record');
  };
  if (node.orbit?.kind === 'omm') {
    return (
      <fieldset className="schedule orbit-fields" data-testid="orbit-fields">
        <legend>Orbit</legend>
        <p className="muted small">
          Real orbit from an OMM element set ({node.orbit.omm.OBJECT_NAME}, epoch {node.orbit.omm.EPOCH}), propagated by SGP4; edit it in the scenario file.
        </p>
      </fieldset>
    );
  }
  return (
    <fieldset className="schedule orbit-fields" data-testid="orbit-fields">
      <legend>Orbit</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={useTle}
          disabled={readOnly}
          onChange={(e) => {
            setUseTle(e.target.checked);
            if (!e.target.checked) editor.edit((s) => setOrbit(s, node.id, undefined), 'record');
            else applyTle(line1, line2);
          }}
        />
        Real orbit from a TLE (SGP4); otherwise the circular orbit above
      </label>
      {useTle && (
        <>
          <div className={`param${problem?.startsWith('Line 1') ? ' param--invalid' : ''}`}>
            <label htmlFor={`${node.id}-tle-1`}>TLE line 1</label>
            <input id={`${node.id}-tle-1`} className="mono" value={line1} readOnly={readOnly} spellCheck={false}
              onChange={(e) => { setLine1(e.target.value); applyTle(e.target.value, line2); }} />
          </div>
          <div className={`param${problem && !problem.startsWith('Line 1') ? ' param--invalid' : ''}`}>
            <label htmlFor={`${node.id}-tle-2`}>TLE line 2</label>
            <input id={`${node.id}-tle-2`} className="mono" value={line2} readOnly={readOnly} spellCheck={false}
              onChange={(e) => { setLine2(e.target.value); applyTle(line1, e.target.value); }} />
          </div>
          {problem && <p className="param__error" role="alert">{problem} The orbit in use is unchanged.</p>}
        </>
      )}
      <div className={`param${startProblem ? ' param--invalid' : ''}`}>
        <label htmlFor={`${node.id}-start-utc`}>Run starts at (UTC)</label>
        <input
          id={`${node.id}-start-utc`}
          value={start}
          placeholder={useTle ? 'the TLE epoch' : 'no date'}
          readOnly={readOnly}
          onChange={(e) => {
            const text = e.target.value;
            setStart(text);
            if (text.trim() === '') editor.edit((s) => setStartTime(s, undefined), 'record');
            else if (utcDateTimeProblem(text.trim()) === null) editor.edit((s) => setStartTime(s, text.trim()), 'record');
          }}
        />
        <div className={startProblem ? 'param__error' : 'param__hint'} role={startProblem ? 'alert' : undefined}>
          {startProblem ? `Start time ${startProblem}.` : 'Where t = 0 is: places a TLE orbit and the Sun (for stations that need night). Empty: a TLE orbit starts at its epoch.'}
        </div>
      </div>
    </fieldset>
  );
}
