/**
 * Issue 22's fuzz: generated share links and scenario files (valid, mutated, truncated, hostile) pushed through the
 * page's own doors — the shared-link controller (readShareHash → decodeScenario → offer or message) and the file import
 * (readScenarioFile → one undoable replace) — against a headless editor whose design is autosaved. Counted: crashes,
 * markup that would execute, designs lost, non-finite numbers the page would show. All must be zero.
 */
import { createTestEditor } from '../src/editor/testing/test-editor';
import { Simulation } from '../src/engine/simulation';
import { linkOverlays } from '../src/format/link-overlay';
import { defaultScenario } from '../src/scenario/default-scenario-parsed';
import { EXAMPLES } from '../src/scenario/examples';
import type { Scenario, ScenarioInput } from '../src/scenario/schema';
import { parseScenario } from '../src/scenario/validate';
import { bytesToBase64Url } from '../src/share/base64url';
import { deflateRaw } from '../src/share/deflate';
import { importScenarioFile } from '../src/share/import-scenario';
import { networkSvg } from '../src/share/network-svg';
import { embedSnippet, NO_FLAGS, buildShareHash, type ShareFlags } from '../src/share/share-hash';
import { startSharedLinks, type UrlBar } from '../src/share/shared-link-controller';
import { allElements, parseXml } from '../src/share/testing/xml-well-formed';
import { crc32 } from '../src/share/crc32';
import { compactScenarioJson, decodeScenario, encodeScenario } from '../src/share/url-codec';
import { AUTOSAVE_KEY, startAutosave } from '../src/store/autosave';
import { keyedDesigns } from '../src/store/autosave-storage';
import { memoryStorage } from '../src/store/page-storage';
import { useShareLink } from '../src/store/share-link-store';
import { REQUEST_SERIES, seriesOffset } from '../src/worker/protocol';
import { generateNetworkInput, seeded } from './generate-scenario';

export interface FuzzCounts {
  seed: number;
  links: number;
  files: number;
  accepted: number;
  refused: number;
  engineRuns: number;
  /** A door threw, answered with something that is not a result, or never answered. */
  crashes: number;
  /** An accepted design whose exported SVG or embed snippet carries markup that is not the drawing's own. */
  markupExecuted: number;
  /** The saved design (editor or autosave) changed after a refused link or file, or did not come back after undo. */
  designsLost: number;
  /** A number the page draws (key rate, key, latency; QBER only where there is key) that is NaN or infinite. */
  nonFiniteShown: number;
  /** A damaged link of the checked format that opened as a design other than the one shared. */
  corruptOpened: number;
  /** Damaged links of the old unchecked format (`1.`) that opened as another design: expected, reported for scale. */
  legacyCorruptOpened: number;
  /** Prototype pollution observed after parsing (`({}).polluted`). */
  prototypePolluted: number;
  examples: string[];
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HOSTILE_TEXT = [
  '<img src=x onerror="globalThis.__fuzzExecuted=1">',
  '<script>globalThis.__fuzzExecuted=1</script>',
  '"><svg onload=alert(1)>',
  ']]><!--',
  '&lt;b&gt; &amp; &#x3C;',
  '__proto__',
  'constructor',
  '\u202eevil\u202c',
  '\u0000\u0007\u001b[31m',
  '\ufeffBOM',
  'Zalgo z\u0335\u0334a\u0336',
  '😀👩‍👩‍👧',
  '=HYPERLINK("http://x")',
  'x'.repeat(300),
];
/** Numbers a hand-edited file may hold: huge, past double range (JSON.parse gives Infinity), denormal, negative zero. */
const HOSTILE_NUMBERS = ['1e308', '1e309', '-1e309', '1.7976931348623157e308', '5e-324', '2.2250738585072014e-308', '-0', '-1', '0', '1e-300', '9007199254740993', '"NaN"', '"Infinity"', 'null', 'true', '[]', '{}'];
/** Costly, not wrong: a swap success of 1e-5 takes ~90 s per run (src/engine/robustness.test.ts), so the fuzz leaves these alone. */
const COSTLY_PARAMS = new Set(['swapSuccessProbability', 'memoryCutoffSeconds', 'trials', 'monteCarloTrials']);

const SAVED_NAME = 'The design the user drew (fuzz)';

function parsed(input: ScenarioInput): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/** Real designs and generated networks, with hostile (but valid) names and labels. */
function baseDesigns(random: () => number): Scenario[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const plain = [defaultScenario(), ...EXAMPLES.map((e) => parsed(e.scenario))];
  for (let i = 0; i < 12; i++) plain.push(parsed(generateNetworkInput({ nodes: 3 + Math.floor(random() * 30), seed: 1 + i, durationSeconds: 600 })));
  return plain.flatMap((s) => [
    s,
    { ...s, name: pick(HOSTILE_TEXT).slice(0, 120), nodes: s.nodes.map((n) => ({ ...n, label: pick(HOSTILE_TEXT).slice(0, 80) })) },
  ]);
}

/** One random damage to a payload: the ways links break in mail, chat and hand copying. */
function damage(payload: string, random: () => number): string {
  const at = Math.floor(random() * payload.length);
  const char = BASE64URL[Math.floor(random() * BASE64URL.length)]!;
  switch (Math.floor(random() * 9)) {
    case 0: return payload.slice(0, at) + char + payload.slice(at + 1);
    case 1: return payload.slice(0, at) + payload.slice(at + 1);
    case 2: return payload.slice(0, at) + char + payload.slice(at);
    case 3: return payload.slice(0, at) + (payload[at + 1] ?? '') + (payload[at] ?? '') + payload.slice(at + 2);
    case 4: return payload.slice(0, Math.max(2, at));
    case 5: return payload.slice(0, at) + payload.slice(at, at + 20) + payload.slice(at);
    case 6: return `${Math.floor(random() * 12)}${payload.slice(1)}`;
    case 7: return payload.slice(0, at) + pickOf(['%20', ' ', '\n', '=', '&', '#', '%', '.', '+', '/'], random) + payload.slice(at);
    default: return payload.toLowerCase();
  }
}

const pickOf = <T>(items: readonly T[], random: () => number) => items[Math.floor(random() * items.length)]!;

/** A hostile JSON document: a real design's JSON with one part made hostile. */
function hostileJson(base: Scenario, random: () => number): string {
  const doc = JSON.parse(JSON.stringify(base)) as Record<string, unknown> & { nodes: Record<string, unknown>[]; links: Record<string, unknown>[] };
  const text = JSON.stringify(doc);
  switch (Math.floor(random() * 10)) {
    case 0: return `{"__proto__":{"polluted":1},${text.slice(1)}`;
    case 1: {
      const node = doc.nodes[0];
      if (node) node.params = { ...(node.params as object), ['__proto__' as string]: { polluted: 1 } };
      return JSON.stringify(doc).replace('"params":{', '"params":{"__proto__":{"polluted":1},');
    }
    case 2:
    case 3:
    case 4: {
      // A hostile number in place of one parameter, position or location value.
      const number = pickOf(HOSTILE_NUMBERS, random);
      const keys = [...text.matchAll(/"([A-Za-z]+)":(-?[\d.e+-]+)/g)].filter((m) => !COSTLY_PARAMS.has(m[1]!));
      if (keys.length === 0) return text;
      const m = pickOf(keys, random);
      return text.slice(0, m.index) + `"${m[1]}":${number}` + text.slice(m.index! + m[0].length);
    }
    case 5: return `\ufeff${text}`;
    case 6: return text.slice(0, Math.floor(random() * text.length));
    case 7: return JSON.stringify({ ...doc, nodes: [...doc.nodes, ...doc.nodes] });
    case 8: return JSON.stringify({ ...doc, links: doc.links.map((l) => ({ ...l, target: 'nowhere' })) });
    default: return JSON.stringify({ ...doc, version: pickOf([0, 1, 2, 3, 99, -1, 1.5, '2', null], random) });
  }
}

async function packLink(json: string, codec: 1 | 2): Promise<string> {
  const bytes = new TextEncoder().encode(json);
  const packed = await deflateRaw(bytes);
  if (codec === 1) return `1.${bytesToBase64Url(packed)}`;
  const framed = new Uint8Array(4 + packed.length);
  new DataView(framed.buffer).setUint32(0, crc32(bytes));
  framed.set(packed, 4);
  return `2.${bytesToBase64Url(framed)}`;
}

/** Markup the drawing does not make itself: scripts, event handlers, foreign content, links. */
function carriesMarkup(scenario: Scenario): boolean {
  const root = parseXml(networkSvg(scenario, linkOverlays(null)).svgText);
  const bad = allElements(root).some(
    (e) => ['script', 'foreignObject', 'iframe', 'img', 'a', 'use', 'image', 'style'].includes(e.name) || Object.keys(e.attrs).some((a) => /^on/i.test(a) || /href$/i.test(a)),
  );
  const snippet = embedSnippet('https://example.org/#s=2.x', scenario.name);
  return bad || !/^<iframe [^<>]*><\/iframe>$/.test(snippet);
}

/** The numbers the page shows for a run of a few steps, by the rules src/engine/robustness.test.ts states. */
function nonFiniteShown(scenario: Scenario): boolean {
  const simulation = new Simulation(scenario);
  const block = simulation.advance(3, REQUEST_SERIES);
  for (const r of simulation.evaluation.requests) {
    if (!Number.isFinite(r.keyRateBitsPerSecond) || Number.isNaN(r.latencySeconds)) return true;
    if (Number.isNaN(r.qber) && r.keyRateBitsPerSecond !== 0) return true;
  }
  const width = simulation.requestIds.length * REQUEST_SERIES.length;
  for (let row = 0; row < block.timeSeconds.length; row++) {
    for (let i = 0; i < simulation.requestIds.length; i++) {
      const value = (series: (typeof REQUEST_SERIES)[number]) => block.values[row * width + seriesOffset(i, series)]!;
      if (!Number.isFinite(value('keyRateBitsPerSecond')) || !Number.isFinite(value('secretKeyBits')) || Number.isNaN(value('latencySeconds'))) return true;
    }
  }
  return false;
}

/** A fake address bar the controller reads, so each case goes through the page's own hash handling. */
function fakeUrlBar(): UrlBar & { go(hash: string): void } {
  let current = '';
  const listeners: (() => void)[] = [];
  return {
    hash: () => current,
    push: (h) => void (current = `#${h}`),
    replace: (h) => void (current = `#${h}`),
    onHashChange: (l) => void listeners.push(l),
    go(hash) {
      current = hash;
      listeners.forEach((l) => l());
    },
  };
}

/** Resolves when the controller has answered (an offer or a notice), or with null after `ms`. */
function nextAnswer(ms: number): Promise<'offer' | 'notice' | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => (unsubscribe(), resolve(null)), ms);
    const unsubscribe = useShareLink.subscribe((s) => {
      if (!s.offer && !s.notice) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(s.offer ? 'offer' : 'notice');
    });
  });
}

export async function runFuzz(options: { cases: number; seed: number; engineSample?: number; log?: (line: string) => void }): Promise<FuzzCounts> {
  const random = seeded(options.seed);
  const counts: FuzzCounts = {
    seed: options.seed, links: 0, files: 0, accepted: 0, refused: 0, engineRuns: 0, crashes: 0, markupExecuted: 0, designsLost: 0,
    nonFiniteShown: 0, corruptOpened: 0, legacyCorruptOpened: 0, prototypePolluted: 0, examples: [],
  };
  const note = (what: string) => void (counts.examples.length < 10 && counts.examples.push(what.slice(0, 200)));
  const bases = baseDesigns(random);
  const links = await Promise.all(bases.map(async (s) => ({ scenario: s, json: compactScenarioJson(s), v2: await encodeScenario(s), v1: await packLink(compactScenarioJson(s), 1) })));

  // The user's own design, open and autosaved: no refused link or file may touch it.
  const saved = { ...parsed(generateNetworkInput({ nodes: 8, seed: 99, durationSeconds: 600 })), name: SAVED_NAME };
  const editor = createTestEditor(saved);
  const designs = keyedDesigns(memoryStorage(), 'memory');
  await designs.set(AUTOSAVE_KEY, JSON.stringify(saved));
  const autosave = startAutosave(designs, (l) => editor.document.subscribe((s, p) => s.scenario !== p.scenario && l(s.scenario)), (m) => note(`autosave: ${m}`));
  const url = fakeUrlBar();
  startSharedLinks({ storage: memoryStorage(), editor, url });
  const savedText = JSON.stringify(saved);
  const intact = async (what: string) => {
    await autosave.flush();
    if (editor.scenario !== saved && JSON.stringify(editor.scenario) !== savedText) return (counts.designsLost++, note(`design changed after ${what}`));
    const stored = await designs.get(AUTOSAVE_KEY);
    if (stored !== savedText && stored !== JSON.stringify(editor.scenario)) (counts.designsLost++, note(`autosave changed after ${what}`));
  };
  // About a fifth of the cases open; every engineEvery-th of those runs on the engine.
  const engineEvery = Math.max(1, Math.round((options.cases * 0.2) / (options.engineSample ?? 300)));
  const accepted = (scenario: Scenario, what: string) => {
    counts.accepted++;
    if (carriesMarkup(scenario)) (counts.markupExecuted++, note(`markup: ${what}`));
    if ((globalThis as { __fuzzExecuted?: unknown }).__fuzzExecuted) (counts.markupExecuted++, note(`executed: ${what}`));
    if (counts.accepted % engineEvery === 0 && scenario.nodes.length <= 40) {
      counts.engineRuns++;
      try {
        if (nonFiniteShown(scenario)) (counts.nonFiniteShown++, note(`non-finite: ${what}: ${compactScenarioJson(scenario).slice(0, 150)}`));
      } catch (e) {
        counts.crashes++;
        note(`engine threw on ${what}: ${(e as Error).message}`);
      }
    }
    if (({} as Record<string, unknown>).polluted !== undefined) (counts.prototypePolluted++, note(`polluted: ${what}`));
  };

  /** One link through the controller; returns the design it would open, or null when refused. */
  const openLink = async (payload: string, flags: ShareFlags, what: string): Promise<Scenario | null> => {
    counts.links++;
    useShareLink.setState({ offer: null, notice: null });
    let offered: Scenario | null = null;
    const answer = nextAnswer(30_000);
    try {
      url.go(`#${buildShareHash(payload, flags)}`);
    } catch (e) {
      counts.crashes++;
      note(`link threw: ${what}: ${(e as Error).message}`);
      return null;
    }
    const result = await answer;
    if (result === null) return (counts.crashes++, note(`no answer: ${what}`), null);
    if (result === 'offer') {
      // The design offered is the one the controller would open; decoded again here only to compare it.
      const decoded = await decodeScenario(payload);
      offered = decoded.ok ? decoded.scenario : null;
      useShareLink.getState().decline();
      accepted(offered!, what);
    } else {
      counts.refused++;
      const notice = useShareLink.getState().notice;
      if (!notice || notice.kind !== 'error' || !notice.message) (counts.crashes++, note(`no message: ${what}`));
    }
    await intact(what);
    return offered;
  };

  /** One file through the page's import; an accepted one is undone, and the user's design must come back. */
  const openFile = async (text: string, what: string) => {
    counts.files++;
    const file = Object.assign(new Blob([text]), { name: 'fuzz.json' }) as unknown as File;
    let opened: boolean;
    try {
      opened = await importScenarioFile(file, editor);
    } catch (e) {
      counts.crashes++;
      note(`file threw: ${what}: ${(e as Error).message}`);
      return;
    }
    if (opened) {
      accepted(editor.scenario, what);
      editor.undo();
    } else counts.refused++;
    await intact(what);
  };

  const perKind = Math.ceil(options.cases / 8);
  const progress = (done: number) => options.log?.(`fuzz: ${done.toLocaleString('en')} / ${options.cases.toLocaleString('en')}`);
  let done = 0;
  const tick = () => ++done % 2000 === 0 && progress(done);

  // Valid links: open identically.
  for (let i = 0; i < perKind; i++, tick()) {
    const link = pickOf(links, random);
    const flags: ShareFlags = { ...NO_FLAGS, readOnly: random() < 0.3 };
    const opened = await openLink(link.v2, flags, `valid link ${i}`);
    if (!opened || compactScenarioJson(opened) !== link.json) (counts.corruptOpened++, note(`valid link opened differently: ${i}`));
  }
  // Damaged links of the current format (three kinds) and of the old unchecked one.
  for (let i = 0; i < perKind * 3; i++, tick()) {
    const link = pickOf(links, random);
    const damaged = damage(link.v2, random);
    const opened = await openLink(damaged, NO_FLAGS, `damaged link ${i}`);
    if (opened && compactScenarioJson(opened) !== link.json) (counts.corruptOpened++, note(`damaged link opened as another design: ${damaged.slice(0, 80)}`));
  }
  for (let i = 0; i < perKind; i++, tick()) {
    const link = pickOf(links, random);
    const opened = await openLink(damage(link.v1, random), NO_FLAGS, `damaged legacy link ${i}`);
    if (opened && compactScenarioJson(opened) !== link.json) counts.legacyCorruptOpened++;
  }
  // Hostile documents as links (both formats) and as files.
  for (let i = 0; i < perKind; i++, tick()) {
    const json = hostileJson(pickOf(bases, random), random);
    await openLink(await packLink(json, random() < 0.5 ? 2 : 1), NO_FLAGS, `hostile link ${i}: ${json.slice(0, 60)}`);
  }
  for (let i = 0; i < perKind * 2; i++, tick()) {
    const json = hostileJson(pickOf(bases, random), random);
    await openFile(json, `hostile file ${i}: ${json.slice(0, 60)}`);
  }
  // The big ones, a few each: 10 MB files either side of the limit, a 10 MB link, a decompression bomb.
  const name10Mb = (chars: number) => JSON.stringify({ ...JSON.parse(JSON.stringify(defaultScenario())), name: 'x'.repeat(chars) });
  await openFile(name10Mb(9_999_000), '10 MB file just under the limit');
  await openFile(name10Mb(10_000_100), '10 MB file just over the limit');
  await openFile(`\ufeff${name10Mb(9_000_000)}`, '9 MB file with a BOM');
  await openLink(`2.${'A'.repeat(10_000_000)}`, NO_FLAGS, '10 MB link');
  await openLink(await packLink(`{"version":2,"name":"${'a'.repeat(12_000_000)}"}`, 2), NO_FLAGS, 'decompression bomb');
  await openLink(await packLink('['.repeat(2_000_000), 2), NO_FLAGS, 'deep nesting');
  if (done % 2000 !== 0) progress(done);
  return counts;
}

export const FUZZ_HEADING = '## Fuzz: share links and files (issue 22)';

/** The section of bench/RESULTS.md. */
export function fuzzSection(c: FuzzCounts, seconds: number): string[] {
  const row = (label: string, value: number, must = true) => `| ${label} | ${value.toLocaleString('en')} |${must ? (value === 0 ? ' 0 ✓' : ' **not 0**') : ' (for scale)'} |`;
  return [
    FUZZ_HEADING,
    '',
    `\`bench/fuzz-links.ts\`, seed ${c.seed}, ${seconds.toFixed(0)} s: ${c.links.toLocaleString('en')} links through the shared-link controller and ` +
      `${c.files.toLocaleString('en')} files through the file import, against an open, autosaved design; ${c.accepted.toLocaleString('en')} opened, ` +
      `${c.refused.toLocaleString('en')} refused with a message; ${c.engineRuns} of the opened designs run 3 steps on the engine. ` +
      'Valid, damaged (one character changed, dropped, added or swapped; cut; doubled; wrong format digit; escaped; lower-cased), old-format (`1.`) ' +
      'and hostile (markup in names and labels, `__proto__`, 1e309, denormals, -0, BOM, duplicate ids, dangling links, unknown versions, 10 MB, a bomb, deep nesting).',
    '',
    '| Count | Value | Must be |',
    '|---|---:|---|',
    row('Crashes (a door threw, gave no answer, or refused without a message)', c.crashes),
    row('Markup executed (an accepted design exports a script, handler or foreign element, or breaks out of the embed snippet)', c.markupExecuted),
    row('Designs lost (the open or autosaved design changed after a refused link or file, or did not come back on undo)', c.designsLost),
    row('Non-finite numbers shown (key rate, key, latency; a QBER gap only where there is no key)', c.nonFiniteShown),
    row('Damaged or valid current-format links that opened as another design', c.corruptOpened),
    row('Prototype pollution after parsing', c.prototypePolluted),
    row('Damaged old-format (`1.`, no checksum) links that opened as another design', c.legacyCorruptOpened, false),
    '',
    ...(c.examples.length ? ['First findings:', '', ...c.examples.map((e) => `- ${e.replace(/\|/g, '\\|')}`), ''] : []),
  ];
}

export const fuzzClean = (c: FuzzCounts) => c.crashes + c.markupExecuted + c.designsLost + c.nonFiniteShown + c.corruptOpened + c.prototypePolluted === 0;
