import { EXAMPLES, exampleById } from '../../scenario/examples';
import type { Scenario } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import { NO_FLAGS, type ShareFlags, type Theme } from '../../share/share-hash';
import type { HideableTool } from '../../store/session-store';
import { LESSONS } from '../classroom/lessons';

/** What a teacher prepares: which content, and what the class may do with it. */
export interface ClassSetup {
  /** `design` (what is on screen), `lesson:<exampleId>` or `example:<exampleId>`. */
  content: string;
  hide: readonly HideableTool[];
  lockParameters: boolean;
  startPaused: boolean;
  theme: Theme | null;
}

export const DEFAULT_SETUP: ClassSetup = { content: 'design', hide: [], lockParameters: false, startPaused: false, theme: null };

/** The content choices, lessons first. */
export function contentChoices(): { value: string; label: string }[] {
  return [
    { value: 'design', label: 'The design on screen' },
    ...LESSONS.map((l) => ({ value: `lesson:${l.exampleId}`, label: `Lesson: ${l.title}` })),
    ...EXAMPLES.map((e) => ({ value: `example:${e.id}`, label: `Example: ${e.title}` })),
  ];
}

function exampleScenario(id: string): Scenario {
  const parsed = parseScenario(exampleById(id)!.scenario);
  if (!parsed.ok) throw new Error(`Example ${id} is invalid: ${parsed.errors.join('; ')}`);
  return parsed.scenario;
}

/** The document the link carries and its flags: a lesson's link holds its example at the first step, as starting it does. */
export function classLinkParts(setup: ClassSetup, design: Scenario): { scenario: Scenario; flags: ShareFlags } {
  const [kind, id = ''] = setup.content.split(':');
  const lesson = kind === 'lesson' ? LESSONS.find((l) => l.exampleId === id) : undefined;
  const scenario = lesson ? lesson.steps[0]!.apply(exampleScenario(id)) : kind === 'example' && exampleById(id) ? exampleScenario(id) : design;
  return {
    scenario,
    flags: { ...NO_FLAGS, play: setup.startPaused ? false : null, readOnly: setup.lockParameters, theme: setup.theme, lesson: lesson?.exampleId ?? null, hide: setup.hide },
  };
}
