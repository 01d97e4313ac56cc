import { useState } from 'react';
import { useEditor, useDocument, useCanEdit } from '../../editor/editor-context';
import { EndsTitle } from './EndsTitle';
import { fiberParamSpecs, freeSpaceParamSpecs } from '../../scenario/params';
import type { ScenarioEvent, ScenarioLink } from '../../scenario/schema';
import { setLinkParam } from '../../store/scenario-edits';
import { addEvent, removeEvent } from '../../store/request-edits';
import { ParamField } from '../ParamField';
import { eventDurationSpec, eventStartSpec } from './inspector-specs';
import { OptionSelect, ParamList } from './ParamList';

const EVENT_KINDS = ['link-failure', 'eavesdropper'] as const;

function describe(event: ScenarioEvent): string {
  const until = event.endSeconds === undefined ? 'to the end' : `until t = ${event.endSeconds} s`;
  return event.kind === 'eavesdropper'
    ? `Eavesdropper (${Math.round(event.interceptedFraction * 100)} % intercepted) from t = ${event.startSeconds} s ${until}`
    : `${event.kind === 'link-failure' ? 'Failure' : 'Node failure'} from t = ${event.startSeconds} s ${until}`;
}

/** The link's scheduled failures and eavesdroppers, and a form to add one. */
function LinkSchedule({ link }: { link: ScenarioLink }) {
  const editor = useEditor();
  const readOnly = !useCanEdit();
  const events = useDocument((s) => s.scenario.events);
  const [kind, setKind] = useState<(typeof EVENT_KINDS)[number]>('link-failure');
  const [start, setStart] = useState(eventStartSpec.default);
  const [duration, setDuration] = useState(eventDurationSpec.default);
  const mine = events.map((e, index) => ({ e, index })).filter(({ e }) => 'linkId' in e && e.linkId === link.id);
  const add = () => {
    const endSeconds = duration > 0 ? start + duration : undefined;
    const event: ScenarioEvent =
      kind === 'eavesdropper' ? { kind, linkId: link.id, startSeconds: start, endSeconds, interceptedFraction: 1 } : { kind, linkId: link.id, startSeconds: start, endSeconds };
    editor.edit((s) => addEvent(s, event), 'record');
  };
  return (
    <fieldset className="schedule">
      <legend>Schedule</legend>
      {mine.length === 0 && <p className="muted small">Nothing scheduled on this link.</p>}
      <ul>
        {mine.map(({ e, index }) => (
          <li key={index}>
            {describe(e)}{' '}
            {!readOnly && <button type="button" onClick={() => editor.edit((s) => removeEvent(s, index), 'record')} aria-label={`Remove: ${describe(e)}`}>Remove</button>}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <>
          <OptionSelect label="Event" value={kind} options={EVENT_KINDS} onChange={setKind} />
          <ParamField name="eventStart" spec={eventStartSpec} value={start} onPreview={setStart} onCommit={() => {}} />
          <ParamField name="eventDuration" spec={eventDurationSpec} value={duration} onPreview={setDuration} onCommit={() => {}} />
          <button type="button" onClick={add}>Add to schedule</button>
        </>
      )}
    </fieldset>
  );
}

export function LinkInspector({ link }: { link: ScenarioLink }) {
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label={`Link ${link.id}`}>
      <EndsTitle kind={link.kind === 'fiber' ? 'Fiber link' : 'Free-space link'} source={link.source} target={link.target} arrow="↔" />
      <ParamList specs={link.kind === 'fiber' ? fiberParamSpecs : freeSpaceParamSpecs} values={link.params} edit={(s, k, v) => setLinkParam(s, link.id, k, v)} />
      <LinkSchedule link={link} />
    </form>
  );
}
