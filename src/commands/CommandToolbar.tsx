import type { Command } from './command';
import { COMMANDS } from './registry';
import { ariaShortcut, formatShortcut } from './shortcuts';
import { useEditor, useEditorState } from '../editor/editor-context';

type ToolbarCommand = Command & { toolbar: string };
const onToolbar = (c: Command): c is ToolbarCommand => c.toolbar !== undefined;
// Editing on the left, view settings pushed to the right.
const EDIT_TOOLS = COMMANDS.filter(onToolbar).filter((c) => c.group !== 'View');
const VIEW_TOOLS = COMMANDS.filter(onToolbar).filter((c) => c.group === 'View');

function CommandButton({ command }: { command: ToolbarCommand }) {
  const app = useEditor();
  const enabled = useEditorState(command.enabled);
  const pressed = useEditorState((a) => (command.id === 'presentation' ? a.ui.getState().presentation : undefined) ?? false);
  const shortcut = command.shortcuts[0];
  return (
    <button
      type="button"
      className={`toolbar__button toolbar__button--${command.group.toLowerCase()}`}
      data-command={command.id}
      disabled={!enabled}
      aria-label={command.label}
      aria-pressed={command.id === 'presentation' ? pressed : undefined}
      aria-keyshortcuts={shortcut ? command.shortcuts.map(ariaShortcut).join(' ') : undefined}
      title={shortcut ? `${command.label} (${formatShortcut(shortcut)})` : command.label}
      onClick={() => command.enabled(app) && command.run(app)}
    >
      {command.toolbar}
    </button>
  );
}

/** The registry's toolbar commands; each button is enabled exactly when its keyboard shortcut would work. */
export function CommandToolbar() {
  return (
    <div className="toolbar" role="group" aria-label="Designer commands">
      {EDIT_TOOLS.map((c) => <CommandButton key={c.id} command={c} />)}
      <span className="toolbar__spacer" />
      {VIEW_TOOLS.map((c) => <CommandButton key={c.id} command={c} />)}
    </div>
  );
}
