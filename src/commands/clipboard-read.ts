import { LIMITS, schemas, type ScenarioLink, type ScenarioNode } from '../scenario/schema';
import { formatIssues, jsonNestingDepth, MAX_JSON_DEPTH } from '../scenario/validate';
import type { Clipboard } from '../store/scenario-edits';
import { CLIPBOARD_FORMAT, CLIPBOARD_FORMAT_VERSION, MAX_CLIPBOARD_CHARS } from './clipboard-text';

// Reading a paste checks it with the scenario schema (zod): apart from clipboard-text.ts, so copying needs none of it.

export type ClipboardRead = { ok: true; clip: Clipboard } | { ok: false; reason: string | null };

/**
 * Nodes and links from clipboard text, each checked by the scenario schema. `reason: null` means the text is not
 * copied nodes at all (plain text, an empty clipboard); any other failure says what is wrong with them.
 */
export function clipboardFromText(text: string): ClipboardRead {
  if (text.length > MAX_CLIPBOARD_CHARS) return { ok: false, reason: `the clipboard holds ${(text.length / 1e6).toFixed(1)} MB of text, more than copied nodes can be` };
  if (!text.trimStart().startsWith('{') || !text.includes(CLIPBOARD_FORMAT)) return { ok: false, reason: null };
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) return { ok: false, reason: `the copied nodes are nested deeper than ${MAX_JSON_DEPTH} levels` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: null };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== CLIPBOARD_FORMAT) return { ok: false, reason: null };
  const { version, nodes, links } = raw as { version?: unknown; nodes?: unknown; links?: unknown };
  if (version !== CLIPBOARD_FORMAT_VERSION) return { ok: false, reason: `the nodes were copied by a newer version of QNet Designer (format ${String(version)})` };
  if (!Array.isArray(nodes) || !Array.isArray(links)) return { ok: false, reason: 'the copied nodes are incomplete' };
  if (nodes.length > LIMITS.nodes || links.length > LIMITS.links) return { ok: false, reason: `more than ${LIMITS.nodes} nodes or ${LIMITS.links} links` };
  const { node, link } = schemas();
  const parsedNodes: ScenarioNode[] = [];
  for (const [i, n] of nodes.entries()) {
    const parsed = node.safeParse(n);
    if (!parsed.success) return { ok: false, reason: `copied node ${i + 1}: ${formatIssues(parsed.error, 1)[0]}` };
    parsedNodes.push(parsed.data);
  }
  const ids = new Set(parsedNodes.map((n) => n.id));
  if (ids.size !== parsedNodes.length) return { ok: false, reason: 'two copied nodes share an id' };
  const parsedLinks: ScenarioLink[] = [];
  for (const [i, l] of links.entries()) {
    const parsed = link.safeParse(l);
    if (!parsed.success) return { ok: false, reason: `copied link ${i + 1}: ${formatIssues(parsed.error, 1)[0]}` };
    if (!ids.has(parsed.data.source) || !ids.has(parsed.data.target)) return { ok: false, reason: `copied link ${parsed.data.id} joins a node that was not copied` };
    parsedLinks.push(parsed.data);
  }
  return { ok: true, clip: { nodes: parsedNodes, links: parsedLinks } };
}
