import type { Editor } from '../editor/editor';

export const COMMAND_GROUPS = ['Edit', 'Build', 'Move', 'Time', 'View'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/** One user action, shared by the toolbar, the keyboard, the help dialog and the tests. */
export interface Command {
  id: string;
  label: string;
  group: CommandGroup;
  /** "Mod" is Ctrl, or ⌘ on a Mac; the first shortcut is the one shown. */
  shortcuts: readonly string[];
  /** Changes the scenario document, so it must undo and redo exactly. */
  document: boolean;
  /**
   * Its key is left to the browser, which fires this clipboard event instead (use-clipboard-events.ts): only the
   * event can read the system clipboard without asking for permission, and write it on any page.
   */
  browserEvent?: 'copy' | 'paste';
  /** Shown as a toolbar button with this short text. */
  toolbar?: string;
  enabled(app: Editor): boolean;
  run(app: Editor): void;
}
