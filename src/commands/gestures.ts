/** Pointer gestures of the canvas, listed in the help dialog and README next to the registry's keys. */
export const GESTURES: readonly { gesture: string; does: string }[] = [
  { gesture: 'Drag a palette item onto the canvas', does: 'adds that node where you drop it (or press the item to add it in the middle of the view)' },
  { gesture: 'Drag from one node’s handle (the dots at its sides) to another’s', does: 'adds a link: free-space if either end is a satellite, else fiber' },
  { gesture: 'Tap a handle, then tap another node’s handle', does: 'adds a link the same way (for touch screens)' },
  { gesture: 'On the map or globe, drag from one marker to another', does: 'adds a link the same way, with a mouse or a finger (a click on a marker only selects it)' },
  { gesture: 'Click a node or link; Shift+click', does: 'selects it; adds it to (or removes it from) the selection' },
  { gesture: 'Shift+drag on the background', does: 'selects everything inside the box' },
  { gesture: 'Drag a node; drag the background; scroll', does: 'moves the selected nodes; pans; zooms' },
  { gesture: 'Tab to a node, then Enter; Shift+Enter', does: 'selects it and shows it in the inspector; adds it to (or removes it from) the selection (zoomed out on 100+ nodes only the selected nodes are in the tab order; zoom in for the rest)' },
];
