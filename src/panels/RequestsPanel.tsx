import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Evaluation, RequestResult } from '../engine/results';
import { useEditor, useDocument, useCanEdit, useNamer, useResults } from '../editor/editor-context';
import { deleteRequest, requestKey } from '../commands/edit-commands';
import { PROTOCOLS } from '../scenario/schema-constants';
import type { Protocol, Scenario, ScenarioNode, ScenarioRequest } from '../scenario/schema';
import { useSession } from '../store/session-store';
import { formatBitsPerSecond } from '../format/format-units';
import { idNamer } from '../format/names';
import { GlossaryTerm } from './help/GlossaryTerm';
import { REQUESTS_SHOWN, useFirstRequests } from './first-requests';

/** Stations that hold key: the usual ends of a key request. */
const isTerminal = (n: ScenarioNode) => n.kind === 'ground-station' || n.kind === 'trusted-node';

/** The two selected stations when exactly two are selected, else the first two stations of the document. */
function defaultEnds(nodes: readonly ScenarioNode[], selected: readonly string[]): [string, string] {
  const chosen = selected.map((id) => nodes.find((n) => n.id === id));
  if (chosen.length === 2 && chosen.every((n) => n !== undefined && isTerminal(n))) return [chosen[0]!.id, chosen[1]!.id];
  const ends = nodes.filter(isTerminal);
  return [ends[0]?.id ?? '', ends[1]?.id ?? ''];
}

/** Its own subscriptions only (memo): a results change would otherwise redraw its 2 × 10,000 options on a big design. */
const NewRequestForm = memo(function NewRequestForm() {
  const app = useEditor();
  const nodes = useDocument((s) => s.scenario.nodes);
  const selected = useSession((s) => s.selectedNodeIds);
  const formId = useId();
  // null: follow the selection; a choice sticks until the request is made.
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [protocol, setProtocol] = useState<Protocol>(PROTOCOLS[0]);
  const [defaultFrom, defaultTo] = defaultEnds(nodes, selected);
  const source = from ?? defaultFrom;
  const target = to ?? defaultTo;
  // The same elements while the nodes are the same: a new selection re-renders the form, not 2 × 10,000 options.
  const options = useMemo(() => nodes.map((n) => <option key={n.id} value={n.id}>{n.label || n.id}</option>), [nodes]);

  return (
    <form
      className="requests__new"
      aria-label="New key request"
      onSubmit={(e) => {
        e.preventDefault();
        if (requestKey(app, source, target, protocol)) {
          setFrom(null);
          setTo(null);
        }
      }}
    >
      <label htmlFor={`${formId}-from`}>From</label>
      <select id={`${formId}-from`} value={source} onChange={(e) => setFrom(e.target.value)}>{options}</select>
      <label htmlFor={`${formId}-to`}>To</label>
      <select id={`${formId}-to`} value={target} onChange={(e) => setTo(e.target.value)}>{options}</select>
      {PROTOCOLS.length > 1 && (
        <>
          <label htmlFor={`${formId}-protocol`}>Protocol</label>
          <select id={`${formId}-protocol`} value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol)}>
            {PROTOCOLS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </>
      )}
      <button type="submit" disabled={!source || !target || source === target}>New key request</button>
    </form>
  );
});

/** Each request's result by id, built once per evaluation: a find per card is quadratic at 5,000 requests. */
function useResultLookup(evaluation: Evaluation | null) {
  const byId = useMemo(() => new Map(evaluation?.requests.map((r) => [r.id, r])), [evaluation]);
  return (id: string) => byId.get(id);
}

/**
 * One request in the list. Drawn again only when it, its result, the selection of it or the names change: after an
 * edit the engine keeps the results it did not change, so a hundred rows are not redrawn for one link's new loss.
 */
const RequestRow = memo(function RequestRow({ request: r, result, active, editable, nameOfId, named, onSelect, onDelete }: {
  request: ScenarioRequest;
  result: RequestResult | undefined;
  active: boolean;
  editable: boolean;
  nameOfId: (id: string) => string;
  named: (text: string) => string;
  onSelect: (selection: { kind: 'request'; id: string } | null) => void;
  onDelete: (id: string) => void;
}) {
  return (
    <li className={`requests__item${active ? ' requests__item--selected' : ''}`} data-testid={`request-${r.id}`}>
      <button
        type="button"
        className="requests__pick"
        aria-pressed={active}
        aria-label={`Request ${r.id}: ${nameOfId(r.source)} to ${nameOfId(r.target)}, ${r.protocol}. Show its path`}
        onClick={() => onSelect(active ? null : { kind: 'request', id: r.id })}
      >
        <span className="requests__ends">{nameOfId(r.source)} → {nameOfId(r.target)}</span>
        <span className="requests__meta">{r.id} · {r.protocol}</span>
        <span className="requests__rate" data-testid={`request-rate-${r.id}`}>
          {result ? (result.noKeyReason ? 'no key' : formatBitsPerSecond(result.keyRateBitsPerSecond)) : '…'}
        </span>
        {result?.noKeyReason && (
          <span className="requests__reason" data-testid={`request-reason-${r.id}`}>
            {named(result.noKeyReason)}
          </span>
        )}
      </button>
      {editable && (
        <button type="button" className="requests__delete" aria-label={`Delete request ${r.id}`} onClick={() => onDelete(r.id)}>
          ✕
        </button>
      )}
    </li>
  );
});

/** The questions asked of the network: pick one to light its path on the canvas; add or delete requests. */
export function RequestsPanel() {
  const app = useEditor();
  const scenario = useDocument((s) => s.scenario);
  const selectedId = useSession((s) => (s.selection?.kind === 'request' ? s.selection.id : null));
  const select = useSession((s) => s.select);
  const evaluation = useResults((r) => r.evaluation);
  const editable = useCanEdit();
  const named = useNamer();
  const { shown, hidden, all, setAll } = useFirstRequests(scenario.requests, selectedId);
  const resultOf = useResultLookup(evaluation);
  const nameOfId = idNamer(scenario);
  const onDelete = useCallback((id: string) => deleteRequest(app, id), [app]);

  return (
    <section className="panel requests" aria-labelledby="requests-title">
      <h2 id="requests-title">Requests</h2>
      {scenario.requests.length === 0 && <p className="muted">No requests yet: ask for a key between two stations below.</p>}
      {scenario.requests.length > 0 && (
        <p className="requests__columns">
          <span>Request</span>
          <GlossaryTerm entry="secret-key-rate">Secret key rate</GlossaryTerm>
        </p>
      )}
      <ul className="requests__list">
        {shown.map((r) => (
          <RequestRow key={r.id} request={r} result={resultOf(r.id)} active={r.id === selectedId} editable={editable} nameOfId={nameOfId} named={named} onSelect={select} onDelete={onDelete} />
        ))}
      </ul>
      {(hidden > 0 || all) && scenario.requests.length > REQUESTS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${REQUESTS_SHOWN} requests` : `Show all ${scenario.requests.length.toLocaleString('en-US')} requests (${hidden.toLocaleString('en-US')} more)`}
        </button>
      )}
      {editable && scenario.nodes.length >= 2 && <NewRequestForm />}
    </section>
  );
}
