import type { Clipboard } from '../store/scenario-edits';

/** Marks copied nodes on the system clipboard, so a paste knows them from any other text. */
export const CLIPBOARD_FORMAT = 'qnet-designer/nodes';
export const CLIPBOARD_FORMAT_VERSION = 1;
/** Larger pastes are refused before parsing: the biggest network allowed is far smaller. */
export const MAX_CLIPBOARD_CHARS = 10_000_000;

/** Copied nodes and their links as text for the system clipboard: JSON any other tab (or a text editor) can hold. */
export function clipboardToText(clip: Clipboard): string {
  return JSON.stringify({ format: CLIPBOARD_FORMAT, version: CLIPBOARD_FORMAT_VERSION, nodes: clip.nodes, links: clip.links });
}
