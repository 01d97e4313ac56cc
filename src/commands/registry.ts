import type { Editor } from '../editor/editor';
import type { Command } from './command';
import { createCommands } from './create-commands';
import { documentCommands } from './document-commands';
import { editCommands } from './edit-commands';
import { moveCommands } from './move-commands';
import { matchesShortcut, type KeyLike } from './shortcuts';
import { timeCommands } from './time-commands';
import { viewCommands } from './view-commands';

/**
 * Every command the user can give, in one list: the toolbar, the keyboard, the help dialog, README and tests read it.
 * Order matters for shared keys: the first enabled match wins (Escape leaves presentation before clearing the selection).
 */
export const COMMANDS: readonly Command[] = [...viewCommands, ...editCommands, ...documentCommands, ...createCommands, ...moveCommands, ...timeCommands];

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

export function commandById(id: string): Command {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`No command "${id}"`);
  return command;
}

/** The command a key press asks for: the first enabled match, else the first match (so its key is still claimed). */
export function commandForKey(e: KeyLike, app: Editor, commands: readonly Command[] = COMMANDS): Command | undefined {
  const matches = commands.filter((c) => c.shortcuts.some((s) => matchesShortcut(s, e)));
  return matches.find((c) => c.enabled(app)) ?? matches[0];
}

/** Run a command if it is enabled; returns whether it ran. */
export function runCommand(app: Editor, command: Command): boolean {
  if (!command.enabled(app)) return false;
  command.run(app);
  return true;
}
