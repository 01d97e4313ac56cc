import { useEffect, useRef, useState } from 'react';
import { useDocument } from '../../editor/editor-context';
import { copyText } from '../../share/copy-text';
import { buildShareHash, type Theme } from '../../share/share-hash';
import { encodeScenario } from '../../share/url-codec';
import { HIDEABLE_TOOLS, type HideableTool } from '../../store/session-store';
import { LESSONS } from '../classroom/lessons';
import { classLinkParts, contentChoices, DEFAULT_SETUP, type ClassSetup } from './class-link';

const TOOL_LABELS: Record<HideableTool, string> = {
  palette: 'Palette and building (add, connect, paste)',
  inspector: 'Inspector (parameters)',
  files: 'Share and Files menus, file drops',
  examples: 'Examples and this Teacher panel',
};

/** Prepares a class link: content, hidden tools, locked parameters, start paused, theme; and each lesson's teacher sheet. */
export function TeacherPanel({ close, openSheet }: { close(): void; openSheet(lessonId: string): void }) {
  const design = useDocument((s) => s.scenario);
  const [setup, setSetup] = useState<ClassSetup>(DEFAULT_SETUP);
  const [url, setUrl] = useState('');
  const [copied, setCopied] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    const { scenario, flags } = classLinkParts(setup, design);
    void encodeScenario(scenario).then((payload) => {
      if (current) setUrl(`${location.origin}${location.pathname}${location.search}#${buildShareHash(payload, flags)}`);
    });
    return () => {
      current = false;
    };
  }, [setup, design]);

  const lessonId = setup.content.startsWith('lesson:') ? setup.content.slice('lesson:'.length) : null;
  const toggleTool = (tool: HideableTool, on: boolean) =>
    setSetup({ ...setup, hide: HIDEABLE_TOOLS.filter((t) => (t === tool ? on : setup.hide.includes(t))) });

  return (
    <div className="teacher__panel">
      <div className="teacher__head">
        <h2 id="teacher-title">Prepare a class</h2>
        <button type="button" onClick={close}>Close</button>
      </div>
      <p className="muted">Pick what the class opens and what it may do; send the link. Nothing here changes your own design.</p>
      <label>
        Content{' '}
        <select value={setup.content} onChange={(e) => setSetup({ ...setup, content: e.target.value })} data-testid="teacher-content">
          {contentChoices().map((c) => (
            <option key={c.value} value={c.value}>{c.label}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Hide tools</legend>
        {HIDEABLE_TOOLS.map((tool) => (
          <label key={tool}>
            <input type="checkbox" checked={setup.hide.includes(tool)} onChange={(e) => toggleTool(tool, e.target.checked)} data-testid={`teacher-hide-${tool}`} /> {TOOL_LABELS[tool]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>When the link opens</legend>
        <label>
          <input type="checkbox" checked={setup.lockParameters} onChange={(e) => setSetup({ ...setup, lockParameters: e.target.checked })} data-testid="teacher-lock" /> Lock parameters (read-only; lesson steps still work)
        </label>
        <label>
          <input type="checkbox" checked={setup.startPaused} onChange={(e) => setSetup({ ...setup, startPaused: e.target.checked })} data-testid="teacher-paused" /> Start paused
        </label>
        <label>
          Theme{' '}
          <select value={setup.theme ?? ''} onChange={(e) => setSetup({ ...setup, theme: (e.target.value || null) as Theme | null })}>
            <option value="">Viewer's choice</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </fieldset>
      <label htmlFor="teacher-link">Class link</label>
      <div className="teacher__row">
        <input id="teacher-link" ref={linkRef} readOnly value={url} data-testid="teacher-link" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={async () => {
            const state = await copyText(url, linkRef.current);
            setCopied(state === 'copied' ? 'Copied' : 'Selected: press Ctrl+C to copy');
          }}
        >
          Copy link
        </button>
        <span role="status" className="muted">{copied}</span>
      </div>
      <h3>Teacher sheets</h3>
      <p className="muted">Goals, key questions, expected answers and timings of each lesson, ready for the browser's Print (or Save as PDF).</p>
      <ul className="teacher__sheets">
        {LESSONS.map((l) => (
          <li key={l.exampleId}>
            <button type="button" onClick={() => openSheet(l.exampleId)} data-testid={`teacher-sheet-${l.exampleId}`} aria-current={lessonId === l.exampleId ? 'true' : undefined}>
              {l.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
