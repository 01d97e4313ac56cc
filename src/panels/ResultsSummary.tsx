import { memo, useState } from 'react';
import type { LinkResult, RequestResult } from '../engine/results';
import { useDocument, useEditor, useNamer, useResults } from '../editor/editor-context';
import { idNamer, nameOf, requestName } from '../format/names';
import { useSession } from '../store/session-store';
import { formatBitsPerSecond, formatLossDb, formatPercent, formatPerSecond, formatSeconds } from '../format/format-units';
import { GlossaryTerm } from './help/GlossaryTerm';
import { NotApplicable } from './NotApplicable';
import { hopSettingsLines } from './source-settings';
import { REQUESTS_SHOWN, useFirstRequests } from './first-requests';

/** Rows drawn before "Show all": a 3,000-link table is 18,000 elements the page would lay out and paint on every frame. */
export const LINK_ROWS_SHOWN = 50;

function LinkTable({ links }: { links: readonly LinkResult[] }) {
  const scenario = useDocument((s) => s.scenario);
  const named = useNamer();
  const [all, setAll] = useState(false);
  const shown = all ? links : links.slice(0, LINK_ROWS_SHOWN);
  return (
    <>
      <table className="link-table" data-testid="link-table">
        <caption>Links{shown.length < links.length ? ` (first ${shown.length} of ${links.length.toLocaleString('en-US')})` : ''}</caption>
        <thead>
          <tr><th scope="col">Link</th><th scope="col">Length</th><th scope="col">Loss</th><th scope="col"><GlossaryTerm entry="transmittance">Transmittance</GlossaryTerm></th><th scope="col">Delay</th></tr>
        </thead>
        <tbody>
          {shown.map((l) => (
            <tr key={l.id}>
              <th scope="row">{nameOf(scenario, l.id)}</th>
              <td>{l.lengthKm.toFixed(l.lengthKm < 10 ? 2 : 0)} km{l.elevationDeg !== null ? ` (${l.elevationDeg.toFixed(0)}°)` : ''}</td>
              <td>{l.unavailableReason ? <NotApplicable face={l.failed ? 'failed' : 'no light'} reason={named(l.unavailableReason)} /> : formatLossDb(l.lossDb)}</td>
              <td>{Number.isFinite(l.transmittance) ? l.transmittance.toPrecision(3) : <NotApplicable reason={l.unavailableReason ? named(l.unavailableReason) : 'the loss of this link could not be worked out'} />}</td>
              <td>{formatSeconds(l.latencySeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {links.length > LINK_ROWS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${LINK_ROWS_SHOWN} links` : `Show all ${links.length.toLocaleString('en-US')} links`}
        </button>
      )}
    </>
  );
}

/** The source settings the engine chose (μ, ν, the block split, λ …), hop by hop: first three, the rest on request. */
function SourceSettings({ lines }: { lines: string[] }) {
  const [all, setAll] = useState(false);
  if (lines.length === 0) return null;
  const shown = all ? lines : lines.slice(0, 3);
  return (
    <>
      <dt>Source settings</dt>
      <dd data-testid="source-settings">
        {shown.map((line) => <div key={line}>{line}</div>)}
        {lines.length > 3 && (
          <button type="button" className="link-button" onClick={() => setAll(!all)}>{all ? 'Fewer' : `${lines.length - 3} more hops`}</button>
        )}
      </dd>
    </>
  );
}

/**
 * One request's steady-state numbers. Drawn again only when its result, name or the names in it change: after an edit
 * the engine keeps the results it did not change, so a hundred cards (and the hop settings of each) are not redrawn.
 */
const RequestCard = memo(function RequestCard({ r, title, nameOfId, named, onSelect }: {
  r: RequestResult;
  title: string;
  nameOfId: (id: string) => string;
  named: (text: string) => string;
  onSelect: (selection: { kind: 'request'; id: string }) => void;
}) {
  return (
    <div className="result" data-testid={`result-${r.id}`}>
      <button type="button" className="link-button" onClick={() => onSelect({ kind: 'request', id: r.id })}>
        {r.protocol === 'entanglement' ? 'Entanglement' : 'Key'}: {title} <span className="muted">({r.id}, {r.protocol})</span>
      </button>
      <dl>
        <dt><GlossaryTerm entry="secret-key-rate">Secret key rate</GlossaryTerm></dt>
        <dd data-testid="key-rate" data-value={r.keyRateBitsPerSecond}>{formatBitsPerSecond(r.keyRateBitsPerSecond)}</dd>
        {r.linkShare < 1 && (
          <>
            <dt><GlossaryTerm entry="link-share">Link share</GlossaryTerm></dt>
            <dd>{formatPercent(r.linkShare)} of {formatBitsPerSecond(r.unsharedKeyRateBitsPerSecond)}</dd>
          </>
        )}
        {r.protocol === 'entanglement' && (
          <>
            <dt><GlossaryTerm entry="bell-pair">Pairs delivered</GlossaryTerm></dt>
            <dd data-testid="pair-rate" data-value={r.entanglementRatePairsPerSecond}>{formatPerSecond(r.entanglementRatePairsPerSecond)}</dd>
            <dt><GlossaryTerm entry="fidelity">Mean fidelity</GlossaryTerm></dt>
            <dd data-testid="fidelity">{Number.isFinite(r.fidelity) ? r.fidelity.toFixed(3) : <NotApplicable reason={r.path.length === 0 ? 'no path: no pairs are delivered' : 'no pair is ever delivered, so there is no fidelity to average'} />}</dd>
          </>
        )}
        <dt><GlossaryTerm entry="qber">QBER</GlossaryTerm></dt>
        <dd className={r.qber > 0.11 ? 'danger' : undefined}>
          {Number.isFinite(r.qber) ? formatPercent(r.qber) : <NotApplicable reason={r.path.length === 0 ? 'no path: nothing is sent' : 'no detections to count errors in'} />}
        </dd>
        <dt><GlossaryTerm entry="latency">Latency</GlossaryTerm></dt>
        <dd>{r.path.length > 0 && Number.isFinite(r.latencySeconds) ? formatSeconds(r.latencySeconds) : <NotApplicable reason={r.path.length === 0 ? 'no path: nothing is delivered' : 'nothing is ever delivered, so there is no delivery time'} />}</dd>
        <dt><GlossaryTerm entry="plob">PLOB bound</GlossaryTerm></dt>
        <dd>
          {r.protocol === 'entanglement' ? (
            <NotApplicable reason="the PLOB key bound is shown for key requests; this request delivers entangled pairs" />
          ) : r.path.length === 0 ? (
            <NotApplicable reason="no path, so no channel to bound" />
          ) : Number.isFinite(r.plobBitsPerSecond) ? (
            formatBitsPerSecond(r.plobBitsPerSecond)
          ) : (
            <NotApplicable reason="a lossless channel has no finite repeaterless bound" />
          )}
        </dd>
        <dt>Path</dt>
        <dd>{r.path.length > 0 ? r.path.map(nameOfId).join(' → ') : 'none'}</dd>
        <SourceSettings lines={hopSettingsLines(r, nameOfId)} />
      </dl>
      {r.noKeyReason && <p className="warning" role="status">No key: {named(r.noKeyReason)}</p>}
      {r.notes.map((note) => <p key={note} className="muted small">{named(note)}</p>)}
    </div>
  );
});

/** Steady-state numbers of every request and link, with the reason whenever no key can be made. */
export function ResultsSummary() {
  const { results } = useEditor();
  const evaluation = useResults((r) => r.evaluation);
  const status = useResults((r) => r.status);
  const evaluating = useResults((r) => r.evaluating);
  const select = useSession((s) => s.select);
  const scenario = useDocument((s) => s.scenario);
  const named = useNamer();
  const nameOfId = idNamer(scenario);
  const selectedId = useSession((s) => (s.selection?.kind === 'request' ? s.selection.id : null));
  const { shown, hidden, all, setAll } = useFirstRequests(evaluation?.requests ?? [], selectedId);
  if (status === 'rejected' || status === 'failed') {
    return (
      <section className="panel results" aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <div role="alert" className="error-box">
          <p>The engine could not run this scenario:</p>
          <ul>{results.message.map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      </section>
    );
  }
  const progress = evaluating && (
    <p role="status" className="muted" data-testid="evaluation-progress">
      Evaluating the network: {evaluating.requestsDone.toLocaleString('en-US')} of {evaluating.requests.toLocaleString('en-US')} requests routed…
    </p>
  );
  if (!evaluation) return progress ? <section className="panel results" aria-labelledby="results-title"><h2 id="results-title">Results</h2>{progress}</section> : null;
  return (
    <section className="panel results" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      {progress}
      {shown.map((r) => (
        <RequestCard key={r.id} r={r} title={requestName(scenario, r.id)} nameOfId={nameOfId} named={named} onSelect={select} />
      ))}
      {(hidden > 0 || all) && evaluation.requests.length > REQUESTS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the results of the first ${REQUESTS_SHOWN} requests` : `Show the results of all ${evaluation.requests.length.toLocaleString('en-US')} requests (${hidden.toLocaleString('en-US')} more)`}
        </button>
      )}
      {evaluation.requests.length === 0 && <p className="muted">No requests yet.</p>}
      <LinkTable links={evaluation.links} />
    </section>
  );
}
