import { COMMAND_GROUPS } from './command';
import { GESTURES } from './gestures';
import { COMMANDS } from './registry';
import { formatShortcut } from './shortcuts';

/** The "Designing a network" reference of README.md, generated from the registry so the two never drift. */
export function shortcutsMarkdown(): string {
  const gestures = GESTURES.map((g) => `- **${g.gesture}**: ${g.does}.`);
  const rows = COMMAND_GROUPS.flatMap((group) =>
    COMMANDS.filter((c) => c.group === group && c.shortcuts.length > 0).map(
      (c) => `| ${group} | ${c.label} | ${c.shortcuts.map((s) => `\`${formatShortcut(s)}\``).join(' or ')} |`,
    ),
  );
  return [...gestures, '', '| | Command | Keys |', '|---|---|---|', ...rows].join('\n');
}
