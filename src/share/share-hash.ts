import { HIDEABLE_TOOLS, type HideableTool } from '../store/hideable-tools';

/** Longer payloads are refused before any work: no real scenario needs this many characters. */
export const MAX_PAYLOAD_CHARS = 200_000;

export type Theme = 'light' | 'dark';
/** Side-panel sections a teacher can point the link at. */
export const SHARE_PANELS = ['charts', 'inspector', 'results'] as const;
export type SharePanel = (typeof SHARE_PANELS)[number];

/** Teacher flags carried next to the scenario; null means "leave the viewer's own setting". */
export interface ShareFlags {
  play: boolean | null;
  readOnly: boolean;
  panel: SharePanel | null;
  theme: Theme | null;
  /** The guided lesson to run (named by its example's id); the payload then holds that example at the lesson's first step. */
  lesson: string | null;
  /** UI parts hidden from whoever opens the link (HIDEABLE_TOOLS), in that list's order. */
  hide: readonly HideableTool[];
}

export const NO_FLAGS: ShareFlags = { play: null, readOnly: false, panel: null, theme: null, lesson: null, hide: [] };
/** Lesson ids are example ids: lower-case words joined by hyphens. */
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SharedHash = { kind: 'none' } | { kind: 'link'; payload: string; flags: ShareFlags } | { kind: 'too-long'; message: string };

/** Read `#s=2.<payload>&play=0&ro=1&panel=…&theme=…&lesson=…&hide=…`; unknown flags and values are ignored, never errors. */
export function readShareHash(hash: string): SharedHash {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  // Checked before splitting anything, so a hostile hash costs nothing.
  if (text.length > MAX_PAYLOAD_CHARS + 200) {
    return { kind: 'too-long', message: `This link is too long to open (${text.length.toLocaleString('en')} characters; the limit is ${MAX_PAYLOAD_CHARS.toLocaleString('en')}).` };
  }
  const params = new URLSearchParams(text);
  const payload = params.get('s');
  if (payload === null) return { kind: 'none' };
  const play = params.get('play');
  const panel = params.get('panel');
  const theme = params.get('theme');
  const lesson = params.get('lesson');
  const hide = new Set((params.get('hide') ?? '').split(','));
  return {
    kind: 'link',
    payload,
    flags: {
      play: play === '1' ? true : play === '0' ? false : null,
      readOnly: params.get('ro') === '1',
      panel: (SHARE_PANELS as readonly string[]).includes(panel ?? '') ? (panel as SharePanel) : null,
      theme: theme === 'light' || theme === 'dark' ? theme : null,
      lesson: lesson !== null && lesson.length <= 60 && LESSON_ID.test(lesson) ? lesson : null,
      hide: HIDEABLE_TOOLS.filter((t) => hide.has(t)),
    },
  };
}

/** The hash without its `#`: the payload first, then only the flags that are set. */
export function buildShareHash(payload: string, flags: ShareFlags): string {
  let hash = `s=${payload}`;
  if (flags.play !== null) hash += `&play=${flags.play ? 1 : 0}`;
  if (flags.readOnly) hash += '&ro=1';
  if (flags.panel) hash += `&panel=${flags.panel}`;
  if (flags.theme) hash += `&theme=${flags.theme}`;
  if (flags.lesson) hash += `&lesson=${flags.lesson}`;
  if (flags.hide.length > 0) hash += `&hide=${flags.hide.join(',')}`;
  return hash;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/**
 * What the embedded app needs and no more: scripts; its own origin (its module worker and saved design); downloads
 * (exports). No top navigation, popups, forms or modal dialogs: the app uses none.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-downloads';

/**
 * An <iframe> snippet for a web page or LMS; the title comes from the scenario name, so it is escaped. Loaded eagerly:
 * on a lesson page the app is the content, and a lazily loaded frame at times never loaded in our browser tests.
 */
export function embedSnippet(url: string, title: string): string {
  const attr = (s: string) => s.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
  return `<iframe src="${attr(url)}" width="960" height="600" style="border:0" title="${attr(`QNet Designer: ${title}`)}" allowfullscreen sandbox="${EMBED_SANDBOX}"></iframe>`;
}
