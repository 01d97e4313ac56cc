import { useEffect, useRef, useState } from 'react';
import { useDocument, useEditor, useEditorState, useResults, useUi } from '../../editor/editor-context';
import { useSession } from '../../store/session-store';
import { formatBitsPerSecond, formatPercent } from '../../format/format-units';
import { answerKey, useAnswers } from '../../store/answers-store';
import { answerPrediction, endLesson, goToStep, runningLesson } from './classroom-actions';
import type { Lesson, LessonStep, Prediction } from './lesson';
import { expectedAnswer, formatObserved, isRightAnswer, readObserved } from './observed';
import './classroom.css';

/** Keys typed into a field or pressed while a dialog is open are not lesson keys. */
function isLessonKey(e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  const target = e.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return false;
  return document.querySelector('dialog[open]') === null;
}

/** The question shown before a step's change: choices as buttons, or a number and Check. */
function PredictForm({ prediction, onAnswer }: { prediction: Prediction; onAnswer(answer: number): void }) {
  const [text, setText] = useState('');
  const value = Number(text.replace(',', '.'));
  const valid = text.trim() !== '' && Number.isFinite(value);
  return (
    <form
      className="classroom__predict"
      data-testid="predict"
      onSubmit={(e) => {
        e.preventDefault();
        if (prediction.kind === 'number' && valid) onAnswer(value);
      }}
    >
      <p className="classroom__question" id="predict-question">
        <strong>Predict first:</strong> {prediction.question}
      </p>
      {prediction.kind === 'choice' ? (
        <div className="classroom__choices" role="group" aria-labelledby="predict-question">
          {prediction.choices.map((choice, i) => (
            <button key={choice} type="button" data-testid={`predict-choice-${i}`} onClick={() => onAnswer(i)}>
              {choice}
            </button>
          ))}
        </div>
      ) : (
        <div className="classroom__choices">
          <label>
            Your guess{' '}
            <input inputMode="decimal" data-testid="predict-number" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="predict-question" size={8} />{' '}
            {prediction.unit}
          </label>
          <button type="submit" data-testid="predict-submit" disabled={!valid}>
            Check
          </button>
        </div>
      )}
      <p className="muted classroom__hint">Answer to apply the change and see what the engine says.</p>
    </form>
  );
}

/** After the change: the student's prediction against the expected answer, and the engine's observed value. */
function StepResult({ lesson, index, step }: { lesson: Lesson; index: number; step: LessonStep }) {
  const answer = useAnswers((s) => s.answers[answerKey(lesson.exampleId, index)]);
  const observed = useResults((r) => (step.observe ? readObserved(r.evaluation, step.observe.value) : null), { throttleMs: 250 });
  const prediction = step.predict;
  return (
    <>
      {prediction && answer !== undefined && (
        <p className="classroom__feedback" data-testid="predict-feedback" data-right={isRightAnswer(prediction, answer)}>
          You predicted <strong>{prediction.kind === 'choice' ? prediction.choices[answer] : `${answer} ${prediction.unit}`}</strong>:{' '}
          {isRightAnswer(prediction, answer) ? '✓ right.' : `✗ expected ${expectedAnswer(prediction)}.`}
        </p>
      )}
      {step.observe && (
        <p className="classroom__observed" data-testid="classroom-observed" data-value={observed ?? ''}>
          Observed: {step.observe.label} <strong>{formatObserved(observed, step.observe.value)}</strong>
        </p>
      )}
      <p className="classroom__explanation" data-testid="classroom-explanation">
        {step.explanation}
      </p>
    </>
  );
}

/** The lesson's goal, checked live against the latest results. */
function ChallengeCard({ lesson }: { lesson: Lesson }) {
  const scenario = useDocument((s) => s.scenario);
  const evaluation = useResults((r) => r.evaluation);
  const locked = useEditorState((e) => e.whyNot('hand') ?? '');
  const met = evaluation !== null && lesson.challenge.met(scenario, evaluation);
  const { observe } = lesson.challenge;
  const value = readObserved(evaluation, observe.value);
  return (
    <div>
      <h3 className="classroom__step">Challenge</h3>
      <p className="classroom__explanation">{lesson.challenge.goal}</p>
      <p className="classroom__observed" data-testid="challenge-observed" data-value={value ?? ''}>
        Now: {observe.label} <strong>{formatObserved(value, observe.value)}</strong>
      </p>
      <p className={`classroom__status${met ? ' classroom__status--met' : ''}`} role="status" data-testid="challenge-status" data-met={met}>
        {met ? '✓ Challenge met!' : 'Not yet: change the design and watch this line.'}
      </p>
      {locked && !met && <p className="muted">{locked}</p>}
    </div>
  );
}

/** The guided lesson band: predict, then the change and what the engine shows, Next/Back (→/←), a challenge, large type. */
export function ClassroomBar() {
  const editor = useEditor();
  const running = useSession((s) => s.lesson);
  const lesson = running ? runningLesson(editor) : null;
  const index = running?.step ?? 0;
  const answers = useAnswers((s) => s.answers);
  const presentation = useUi((s) => s.presentation);
  const evaluation = useResults((r) => r.evaluation);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!lesson) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') || !isLessonKey(e)) return;
      // With nodes selected the arrows nudge them (the command registry); the lesson takes them otherwise.
      if (editor.session.getState().selectedNodeIds.length > 0 && !editor.ui.getState().presentation) return;
      e.preventDefault();
      const step = editor.session.getState().lesson?.step ?? 0;
      goToStep(editor, e.key === 'ArrowRight' ? step + 1 : step - 1);
    };
    // Capture phase, like the command keys, so React Flow's own arrow handling never sees a lesson key.
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, [lesson, editor]);

  useEffect(() => {
    if (lesson) headingRef.current?.focus();
  }, [lesson]);

  if (!lesson) return null;
  const step = lesson.steps[index];
  const inChallenge = index === lesson.steps.length;
  if (!step && !inChallenge) return null;
  const asking = step?.predict !== undefined && answers[answerKey(lesson.exampleId, index)] === undefined;
  const focus = evaluation?.requests.find((r) => r.id === lesson.focusRequestId);
  const asked = lesson.steps.map((s, i) => ({ s, a: answers[answerKey(lesson.exampleId, i)] })).filter((x) => x.s.predict && x.a !== undefined);
  const right = asked.filter((x) => isRightAnswer(x.s.predict!, x.a!)).length;

  return (
    <section className="classroom" aria-labelledby="classroom-title" data-testid="classroom">
      <div className="classroom__text">
        <div className="classroom__top">
          <h2 id="classroom-title" ref={headingRef} tabIndex={-1}>
            {lesson.title}
          </h2>
          <span className="classroom__counter" data-testid="classroom-counter">
            {inChallenge ? 'Challenge' : `Step ${index + 1} of ${lesson.steps.length}`}
          </span>
          {asked.length > 0 && (
            <span className="classroom__counter" data-testid="predict-tally">
              Predictions: {right} of {asked.length} right
            </span>
          )}
        </div>
        <div aria-live="polite">
          {inChallenge ? (
            <ChallengeCard lesson={lesson} />
          ) : (
            <>
              <h3 className="classroom__step">{step!.title}</h3>
              {asking ? <PredictForm key={index} prediction={step!.predict!} onAnswer={(a) => answerPrediction(editor, a)} /> : <StepResult lesson={lesson} index={index} step={step!} />}
            </>
          )}
        </div>
      </div>
      <div className="classroom__side">
        <p className="classroom__now" data-testid="classroom-now" data-key-rate={focus?.keyRateBitsPerSecond ?? ''}>
          Now: key rate <strong>{focus ? formatBitsPerSecond(focus.keyRateBitsPerSecond) : '—'}</strong>, QBER{' '}
          <strong>{focus ? formatPercent(focus.qber) : '—'}</strong>
        </p>
        <div className="classroom__actions">
          <button type="button" onClick={() => goToStep(editor, index - 1)} disabled={index === 0}>
            ← Back
          </button>
          <button type="button" onClick={() => goToStep(editor, index + 1)} disabled={inChallenge || asking} data-testid="classroom-next">
            {index === lesson.steps.length - 1 ? 'Challenge →' : 'Next →'}
          </button>
          <button
            type="button"
            aria-pressed={presentation}
            onClick={() => editor.ui.setState({ presentation: !presentation })}
            title="Larger type for a projector (presentation mode: the document cannot be edited by hand)"
          >
            Large type
          </button>
          <button type="button" onClick={() => endLesson(editor)}>
            End lesson
          </button>
        </div>
      </div>
    </section>
  );
}
