import { useEditor, useCanEdit } from '../../editor/editor-context';
import type { ParamSpec, ParamSpecs } from '../../scenario/param-spec';
import type { Scenario } from '../../scenario/schema';
import { ParamField } from '../ParamField';
import { useHelpToggle } from '../help/use-help-toggle';
import { commitField, previewField } from './field-edits';

/** One field per spec; typing previews the value live and leaving the field makes it one undo step. */
export function ParamList({ specs, values, edit }: { specs: ParamSpecs; values: Record<string, number>; edit: (s: Scenario, key: string, value: number) => Scenario }) {
  return (
    <>
      {Object.entries(specs).map(([key, spec]) => (
        <EditableParam key={key} name={key} spec={spec} value={values[key] ?? spec.default} edit={(s, v) => edit(s, key, v)} />
      ))}
    </>
  );
}

export function EditableParam({ name, spec, value, edit }: { name: string; spec: ParamSpec; value: number; edit: (s: Scenario, value: number) => Scenario }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  return (
    <ParamField
      name={name}
      spec={spec}
      value={value}
      readOnly={readOnly}
      onPreview={(v) => previewField(editor, (s) => edit(s, v))}
      onCommit={() => commitField(editor)}
    />
  );
}

/** A choice among the schema's values for one option, applied as one undo step. */
export function OptionSelect<T extends string>({ label, value, options, onChange, help }: { label: string; value: T; options: readonly T[]; onChange: (value: T) => void; help?: string }) {
  const readOnly = !useCanEdit();
  const id = `option-${label.replace(/\W+/g, '-').toLowerCase()}`;
  const helpToggle = useHelpToggle(label, help);
  return (
    <div className="param">
      <div className="param__label">
        <label htmlFor={id}>{label}</label>
        {helpToggle.button}
      </div>
      <select id={id} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>{o}</option>
        ))}
      </select>
      {helpToggle.text}
    </div>
  );
}
