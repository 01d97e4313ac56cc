import type { DragEvent } from 'react';
import { addNodeAtCentre, addNodeCommandId } from '../commands/create-commands';
import { commandById } from '../commands/registry';
import { formatShortcut } from '../commands/shortcuts';
import { useEditor } from '../editor/editor-context';
import { NODE_KINDS } from '../scenario/schema-constants';
import type { NodeKind } from '../scenario/schema';
import { NODE_KIND_LOOK } from '../format/node-kinds';

/** The drag payload type: only palette drags are accepted by the canvas. */
export const NODE_KIND_MIME = 'application/x-qnet-node-kind';

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

function onDragStart(e: DragEvent, kind: NodeKind) {
  e.dataTransfer.setData(NODE_KIND_MIME, kind);
  e.dataTransfer.effectAllowed = 'copy';
}

/** Node kinds to drag onto the canvas; pressing one (click, Enter, Space or its key) adds it in the middle of the view. */
export function Palette() {
  const app = useEditor();
  return (
    <div className="palette" role="group" aria-label="Add nodes">
      {NODE_KINDS.map((kind) => {
        const look = NODE_KIND_LOOK[kind];
        const shortcut = commandById(addNodeCommandId(kind)).shortcuts[0];
        return (
          <button
            key={kind}
            type="button"
            className="palette__item"
            draggable
            data-testid={`palette-${kind}`}
            aria-label={`Add a ${look.name.toLowerCase()}`}
            aria-keyshortcuts={shortcut}
            title={`Drag onto the canvas, or press to add in the middle${shortcut ? ` (${formatShortcut(shortcut)})` : ''}`}
            onDragStart={(e) => onDragStart(e, kind)}
            onClick={() => addNodeAtCentre(app, kind)}
          >
            <span className="palette__icon" aria-hidden="true">{look.icon}</span>
            <span>{look.name}</span>
          </button>
        );
      })}
    </div>
  );
}
