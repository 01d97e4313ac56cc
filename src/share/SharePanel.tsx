import { useEffect, useRef, useState } from 'react';
import { useDocument } from '../editor/editor-context';
import { copyText } from './copy-text';
import { QrCode } from './QrCode';
import { buildShareHash, embedSnippet, NO_FLAGS, SHARE_PANELS, type SharePanel as PanelName, type ShareFlags, type Theme } from './share-hash';
import { encodeScenario } from './url-codec';

/** Chat and mail programs may cut links longer than this (circuitjs warns at the same length). */
const LINK_WARNING_CHARS = 2000;

function CopyButton({ text, field, label }: { text: string; field: React.RefObject<HTMLInputElement | HTMLTextAreaElement | null>; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'selected'>('idle');
  useEffect(() => setState('idle'), [text]);
  return (
    <>
      <button type="button" onClick={async () => setState(await copyText(text, field.current))}>{label}</button>
      <span role="status" className="muted share-panel__copied">
        {state === 'copied' ? 'Copied' : state === 'selected' ? 'Selected: press Ctrl+C to copy' : ''}
      </span>
    </>
  );
}

/** The link to the design on screen (never its results), its QR code, teacher options and an embed snippet. */
export function SharePanel({ onClose }: { onClose(): void }) {
  const scenario = useDocument((s) => s.scenario);
  const [flags, setFlags] = useState<ShareFlags>(NO_FLAGS);
  const [url, setUrl] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);
  const embedRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let current = true;
    void encodeScenario(scenario).then((payload) => {
      if (current) setUrl(`${location.origin}${location.pathname}${location.search}#${buildShareHash(payload, flags)}`);
    });
    return () => {
      current = false;
    };
  }, [scenario, flags]);

  const snippet = url ? embedSnippet(url, scenario.name) : '';
  return (
    <div className="share-panel popover" role="dialog" aria-label="Share" data-testid="share-panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="popover__head">
        <h2>Share this design</h2>
        <button type="button" onClick={onClose} aria-label="Close">✕</button>
      </div>
      <p className="muted">The link holds the whole design (not the results); whoever opens it runs the same simulation.</p>
      <label htmlFor="share-link">Link</label>
      <div className="share-panel__row">
        <input id="share-link" ref={linkRef} readOnly value={url} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={url} field={linkRef} label="Copy link" />
      </div>
      <p className="muted" data-testid="share-link-length">{url.length.toLocaleString('en')} characters</p>
      {url.length > LINK_WARNING_CHARS && (
        <p className="warning" role="status">
          This link is longer than {LINK_WARNING_CHARS.toLocaleString('en')} characters; some chat and e-mail programs cut long links. Export a file to be safe.
        </p>
      )}
      <div className="share-panel__options">
        <fieldset>
          <legend>When the link opens</legend>
          <label><input type="checkbox" checked={flags.play !== false} onChange={(e) => setFlags({ ...flags, play: e.target.checked ? null : false })} /> Start running</label>
          <label><input type="checkbox" checked={flags.readOnly} onChange={(e) => setFlags({ ...flags, readOnly: e.target.checked })} /> Read-only</label>
          <label>
            Theme{' '}
            <select value={flags.theme ?? ''} onChange={(e) => setFlags({ ...flags, theme: (e.target.value || null) as Theme | null })}>
              <option value="">Viewer's choice</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            Show panel{' '}
            <select value={flags.panel ?? ''} onChange={(e) => setFlags({ ...flags, panel: (e.target.value || null) as PanelName | null })}>
              <option value="">As it is</option>
              {SHARE_PANELS.map((p) => <option key={p} value={p}>{p[0]!.toUpperCase() + p.slice(1)}</option>)}
            </select>
          </label>
        </fieldset>
        {url && <QrCode text={url} />}
      </div>
      <label htmlFor="share-embed">Embed in a web page</label>
      <textarea id="share-embed" ref={embedRef} readOnly rows={3} value={snippet} data-testid="share-embed" />
      <div className="share-panel__row">
        <CopyButton text={snippet} field={embedRef} label="Copy embed code" />
      </div>
    </div>
  );
}
