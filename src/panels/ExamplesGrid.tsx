import { useEditor } from '../editor/editor-context';
import { EXAMPLES, type Example } from '../scenario/examples';
import { endLesson, startLesson } from './classroom/classroom-actions';
import { lessonForExample } from './classroom/lessons';
import { openExample } from './open-example';

/** The gallery's cards (loaded with the examples when the gallery first opens); `startingLesson` runs before `close`. */
export function ExamplesGrid({ close, startingLesson }: { close(): void; startingLesson(): void }) {
  const editor = useEditor();
  const choose = (example: Example) => {
    endLesson(editor);
    openExample(editor, example);
    close();
  };
  const teach = (example: Example) => {
    const lesson = lessonForExample(example.id);
    if (!lesson) return;
    startingLesson();
    close();
    startLesson(editor, lesson);
  };

  return (
    <ul className="examples__grid">
      {EXAMPLES.map((example) => (
        <li key={example.id} className="examples__card" data-testid={`example-card-${example.id}`}>
          <h3>{example.title}</h3>
          <p>{example.lesson[0]}</p>
          <p className="muted">{example.lesson[1]}</p>
          <div className="examples__actions">
            <button type="button" onClick={() => choose(example)} aria-label={`Open ${example.title}`}>
              Open
            </button>
            {lessonForExample(example.id) && (
              <button type="button" onClick={() => teach(example)} aria-label={`Guided lesson: ${example.title}`}>
                Guided lesson
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
