import { useEffect, useRef, useState } from 'react';
import { useCanEdit, useDocument, useEditor, useUi } from '../../editor/editor-context';
import { LIMITS } from '../../scenario/schema-constants';
import { renameScenario, setRunSettings } from '../../store/scenario-edits';
import { ParamField } from '../ParamField';
import { runLengthSpec, timeStepSpec } from './inspector-specs';
import { commitField, previewField } from './field-edits';

/** The design itself, shown when nothing is selected: its name, run length and time step, each edit one undo step. */
export function DesignInspector() {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  const name = useDocument((s) => s.scenario.name);
  const settings = useDocument((s) => s.scenario.settings);
  const focusRequest = useUi((s) => s.focusRequest);
  const nameRef = useRef<HTMLInputElement>(null);
  // Folded by default: the side panel's first chart must stay in view; the Design… command unfolds it.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (focusRequest !== 'design-name') return;
    setOpen(true);
    requestAnimationFrame(() => {
      nameRef.current?.focus();
      nameRef.current?.select();
    });
    editor.ui.setState({ focusRequest: null });
  }, [focusRequest, editor]);
  // The schema caps a run at LIMITS.steps steps: each field's bound follows the other's value.
  const runLength = { ...runLengthSpec, max: Math.min(runLengthSpec.max, settings.timeStepSeconds * LIMITS.steps) };
  const timeStep = { ...timeStepSpec, min: settings.durationSeconds / LIMITS.steps, minExclusive: false };
  return (
    <details className="design-settings" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
    <summary>Select a node, a link or a request to edit it; or the design's own settings</summary>
    <form onSubmit={(e) => e.preventDefault()} aria-label="Design" data-testid="design-inspector">
      <div className="param">
        <label htmlFor="design-name">Design name</label>
        <input
          id="design-name"
          ref={nameRef}
          value={name}
          maxLength={LIMITS.labelLength}
          readOnly={readOnly}
          onChange={(e) => previewField(editor, (s) => renameScenario(s, e.target.value))}
          onBlur={() => commitField(editor)}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </div>
      <ParamField
        name="durationSeconds"
        spec={runLength}
        value={settings.durationSeconds}
        readOnly={readOnly}
        onPreview={(v) => previewField(editor, (s) => setRunSettings(s, { durationSeconds: v }))}
        onCommit={() => commitField(editor)}
      />
      <ParamField
        name="timeStepSeconds"
        spec={timeStep}
        value={settings.timeStepSeconds}
        readOnly={readOnly}
        onPreview={(v) => previewField(editor, (s) => setRunSettings(s, { timeStepSeconds: v }))}
        onCommit={() => commitField(editor)}
      />
    </form>
    </details>
  );
}
