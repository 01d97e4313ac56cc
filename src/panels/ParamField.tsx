import { useEffect, useId, useState } from 'react';
import { checkParam, type ParamSpec } from '../scenario/param-spec';
import { formatParam } from '../format/format-units';
import { useHelpToggle } from './help/use-help-toggle';
import { GlossaryTerm } from './help/GlossaryTerm';

interface Props {
  name: string;
  spec: ParamSpec;
  value: number;
  readOnly?: boolean;
  /** A valid value while typing: applied live, not yet an undo step. */
  onPreview(value: number): void;
  /** Typing finished (blur or Enter): the edit becomes one undo step. */
  onCommit(): void;
}

/** One number with its unit and bounds, validated as typed; a bad value is explained and never applied. */
export function ParamField({ name, spec, value, readOnly = false, onPreview, onCommit }: Props) {
  const id = useId();
  const [text, setText] = useState(formatParam(value));
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) {
      setText(formatParam(value));
      setError(null);
    }
  }, [value, editing]);

  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    const parsed = trimmed === '' ? NaN : Number(trimmed);
    const problem = Number.isNaN(parsed) ? 'must be a number' : checkParam(spec, parsed);
    setError(problem);
    if (!problem && parsed !== value) onPreview(parsed);
  };
  const finish = () => {
    setEditing(false);
    onCommit();
  };
  const help = useHelpToggle(spec.label, spec.help);
  const bounds = `${formatParam(spec.min)}${spec.minExclusive ? ' (exclusive)' : ''} – ${formatParam(spec.max)}`;
  return (
    <div className={`param${error ? ' param--invalid' : ''}`}>
      <div className="param__label">
        <label htmlFor={id}>{spec.label}</label>
        {help.button}
        {spec.glossary && (
          <GlossaryTerm entry={spec.glossary} label={`Glossary: ${spec.label}`} className="glossary-link">
            glossary
          </GlossaryTerm>
        )}
      </div>
      <div className="param__input">
        <input
          id={id}
          name={name}
          inputMode="decimal"
          value={text}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          onFocus={() => setEditing(true)}
          onChange={(e) => change(e.target.value)}
          onBlur={finish}
          onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
        />
        <span className="param__unit">{spec.unit}</span>
      </div>
      {help.text}
      <div id={`${id}-hint`} className={error ? 'param__error' : 'param__hint'} role={error ? 'alert' : undefined}>
        {error ? `${spec.label} ${error}; the last valid value (${formatParam(value)}) is kept.` : `Default ${formatParam(spec.default)} · range ${bounds}`}
      </div>
    </div>
  );
}
