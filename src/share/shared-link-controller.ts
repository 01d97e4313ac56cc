import { defaultScenario } from '../scenario/default-scenario-parsed';
import type { Scenario } from '../scenario/schema';
import type { StorageLike } from '../store/autosave';
import type { Editor } from '../editor/editor';
import { buildShareHash, readShareHash, type SharePanel, type ShareFlags } from './share-hash';
import { useShareLink } from '../store/share-link-store';
import { applyTheme } from './theme';

/** Where the work on screen is copied before a shared link replaces it. */
export const LINK_BACKUP_KEY = 'qnet-designer.scenario.before-link';
/** Edits rewrite the hash at most this often, always with the latest document. */
const HASH_WRITE_INTERVAL_MS = 500;

const PANEL_SELECTORS: Record<SharePanel, string> = { charts: '.chart', inspector: '.inspector', results: '.results' };

/** Frames to wait for a linked panel to be drawn: a link opens before the page first renders, a big design's side panel after its canvas. */
const PANEL_WAIT_FRAMES = 300;

function scrollToPanelWhenShown(selector: string, framesLeft = PANEL_WAIT_FRAMES): void {
  requestAnimationFrame(() => {
    const panel = document.querySelector(selector);
    if (panel) panel.scrollIntoView({ block: 'start' });
    else if (framesLeft > 0) scrollToPanelWhenShown(selector, framesLeft - 1);
  });
}

/** The address bar, behind an interface so the flow does not depend on `window`. */
export interface UrlBar {
  hash(): string;
  push(hash: string): void;
  replace(hash: string): void;
  onHashChange(listener: () => void): void;
}

export const browserUrlBar: UrlBar = {
  hash: () => location.hash,
  push: (hash) => history.pushState(history.state, '', `#${hash}`),
  replace: (hash) => history.replaceState(history.state, '', `#${hash}`),
  onHashChange: (listener) => addEventListener('hashchange', listener),
};

interface Deps {
  storage: StorageLike;
  editor: Editor;
  url?: UrlBar;
}

/**
 * Open `#s=…` links at startup and on hash changes, never replacing different work without asking and a backup;
 * after a link is open, keep the hash in step with edits (one pushState at the first edit, then replaceState),
 * so Back returns to the link as it was shared. Resolves once the link the page was opened with is open (or refused,
 * or offered), so the page's first render can be the link's design rather than one it at once throws away.
 */
export function startSharedLinks({ storage, editor, url = browserUrlBar }: Deps): Promise<void> {
  /** The link the page is showing; null when the page was opened without one or the user kept their work. */
  let opened: { scenario: Scenario; flags: ShareFlags } | null = null;
  let pushed = false;
  let lastWrittenHash = '';
  /** The link behind the dialog's offer, until the user answers. */
  let pending: { scenario: Scenario; flags: ShareFlags } | null = null;

  const applyFlags = (flags: ShareFlags) => {
    editor.session.getState().setReadOnly(flags.readOnly);
    editor.session.getState().setHiddenTools(flags.hide);
    // A class link's lesson starts at its first step (the payload holds the document after it); the band loads itself.
    if (flags.lesson) editor.session.getState().setLesson({ exampleId: flags.lesson, step: 0 });
    if (flags.play === true) editor.play();
    else if (flags.play === false) editor.pause();
    applyTheme(flags.theme);
    if (flags.panel) scrollToPanelWhenShown(PANEL_SELECTORS[flags.panel]);
  };

  const open = (scenario: Scenario, flags: ShareFlags, keepBackup: boolean) => {
    if (keepBackup) {
      try {
        storage.setItem(LINK_BACKUP_KEY, JSON.stringify(editor.scenario));
      } catch (e) {
        useShareLink.setState({ offer: null, notice: { kind: 'error', message: `The shared link was not opened because your current work could not be backed up (${(e as Error).message}). Export it as a file first.` } });
        return;
      }
    }
    editor.replace(scenario, 'load');
    opened = { scenario: editor.scenario, flags };
    pushed = false;
    applyFlags(flags);
    editor.restart();
    useShareLink.setState({ offer: null, notice: { kind: 'opened', name: scenario.name, hasBackup: keepBackup } });
  };

  const openHash = async () => {
    const hash = url.hash();
    if (hash === lastWrittenHash) return;
    const read = readShareHash(hash);
    if (read.kind === 'none') return;
    // The link's code loads with the first link, not with every page (src/main.tsx starts it early for one); zod's only
    // for a design the plain checks refuse, or to compare two documents whose plain text differs.
    const { decodeLink } = await import('./opening-link');
    // Counts first: serialising two big designs to find they differ cost a third of a second on opening a 2,000-node link.
    // Then the plain text, which settles the untouched default without building the schema the compact form needs (~50 ms).
    const sameDocument = async (a: Scenario, b: Scenario) => {
      if (a === b) return true;
      if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length || a.requests.length !== b.requests.length) return false;
      if (JSON.stringify(a) === JSON.stringify(b)) return true;
      const { compactScenarioJson } = await import('./url-codec');
      return compactScenarioJson(a) === compactScenarioJson(b);
    };
    const decoded = read.kind === 'too-long' ? { ok: false as const, message: read.message } : await decodeLink(read.payload);
    if (!decoded.ok) {
      opened = null;
      useShareLink.setState({ offer: null, notice: { kind: 'error', message: decoded.message } });
      return;
    }
    const flags = read.kind === 'link' ? read.flags : null;
    if (!flags) return;
    const current = editor.scenario;
    if (await sameDocument(current, decoded.scenario)) {
      // A reload of a link the page itself kept up to date: nothing to replace.
      opened = { scenario: current, flags };
      pushed = true;
      applyFlags(flags);
    } else if (await sameDocument(current, defaultScenario())) {
      open(decoded.scenario, flags, false);
    } else {
      pending = { scenario: decoded.scenario, flags };
      const { name, nodes, links } = decoded.scenario;
      useShareLink.setState({ offer: { name, nodeCount: nodes.length, linkCount: links.length, currentName: current.name }, notice: null });
    }
  };

  useShareLink.setState({
    accept: () => {
      const offer = pending;
      pending = null;
      if (offer) open(offer.scenario, offer.flags, true);
    },
    decline: () => {
      opened = null;
      pending = null;
      useShareLink.setState({ offer: null });
    },
    restoreBackup: async () => {
      let text: string | null = null;
      try {
        text = storage.getItem(LINK_BACKUP_KEY);
      } catch {
        // Blocked storage reads as "no backup" below.
      }
      const parsed = text === null ? null : (await import('../scenario/validate')).parseScenarioJson(text);
      if (!parsed?.ok) {
        useShareLink.setState({ notice: { kind: 'error', message: 'Your previous work could not be restored: the backup is missing or unreadable.' } });
        return;
      }
      editor.session.getState().setReadOnly(false);
      editor.replace(parsed.scenario, 'load');
      editor.restart();
      useShareLink.setState({ notice: { kind: 'restored' } });
    },
  });

  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWriteAtMs = 0;
  let writeSeq = 0;
  const writeHash = async () => {
    timer = null;
    lastWriteAtMs = Date.now();
    const link = opened;
    if (!link) return;
    const seq = ++writeSeq;
    // "Edit a copy" leaves read-only, and the rewritten link should not lock the copy again.
    const flags = { ...link.flags, readOnly: editor.session.getState().readOnly };
    const { encodeScenario } = await import('./url-codec');
    const hash = buildShareHash(await encodeScenario(editor.scenario), flags);
    // A later write, or the user opening something else, makes this one stale.
    if (seq !== writeSeq || opened !== link || `#${hash}` === url.hash()) return;
    lastWrittenHash = `#${hash}`;
    if (pushed) url.replace(hash);
    else {
      url.push(hash);
      pushed = true;
    }
  };
  editor.document.subscribe((state, prev) => {
    if (!opened || state.scenario === prev.scenario || timer !== null) return;
    if (!pushed && state.scenario === opened.scenario) return;
    timer = setTimeout(() => void writeHash(), Math.max(0, lastWriteAtMs + HASH_WRITE_INTERVAL_MS - Date.now()));
  });

  url.onHashChange(() => void openHash());
  // Never rejects: the page must render even if opening the link fails in a way decodeScenario did not foresee.
  return openHash().catch((e: unknown) => {
    useShareLink.setState({ offer: null, notice: { kind: 'error', message: `The shared link could not be opened (${(e as Error).message}).` } });
  });
}
