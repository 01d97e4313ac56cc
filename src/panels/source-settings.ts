import type { RequestResult } from '../engine/results';
import { formatSeconds } from '../format/format-units';

/** Names and order of the source settings the engine may choose for a hop, as the results show them. */
const SETTING_NAMES: [key: string, name: string][] = [
  ['signalMeanPhotonNumber', 'μ'],
  ['weakDecoyMeanPhotonNumber', 'ν'],
  ['halfMeanPairNumber', 'λ'],
  ['sendingProbability', 'sending probability'],
];

const SPLIT_KEYS = ['signalFraction', 'weakDecoyFraction', 'vacuumFraction'] as const;

/** One hop's chosen settings as text: "μ 0.479, ν 0.0312, signal/decoy/vacuum 96.2/3.0/0.8 %"; '' when none. */
export function settingsText(settings: Readonly<Record<string, number>>): string {
  const parts = SETTING_NAMES.filter(([key]) => Number.isFinite(settings[key])).map(([key, name]) => `${name} ${+settings[key]!.toPrecision(3)}`);
  if (SPLIT_KEYS.every((key) => Number.isFinite(settings[key]))) {
    parts.push(`signal/decoy/vacuum ${SPLIT_KEYS.map((key) => (settings[key]! * 100).toFixed(1)).join('/')} %`);
  }
  // A repeater chain's memory cut-off (0: none, as the node parameter) and purification rounds.
  const cutoff = settings.memoryCutoffSeconds;
  if (Number.isFinite(cutoff)) parts.push(`memory cut-off ${cutoff === 0 ? 'none' : formatSeconds(cutoff!)}`);
  if (Number.isFinite(settings.purificationRounds)) parts.push(`purification rounds ${settings.purificationRounds}`);
  return parts.join(', ');
}

/**
 * Each hop's chosen settings, labelled by its ends when the request has more than one hop; hops with none left out.
 * BBM92, twin-field and repeater chains run one session over the whole path, so their settings are one line.
 */
export function hopSettingsLines(result: RequestResult, nameOf: (id: string) => string): string[] {
  const lines = result.hops.map((hop) => ({ hop, text: settingsText(hop.settings) })).filter(({ text }) => text !== '');
  if (result.protocol !== 'bb84-decoy' && lines.length > 0) return [lines[0]!.text];
  return lines.map(({ hop, text }) => (result.hops.length > 1 ? `${nameOf(hop.from)} → ${nameOf(hop.to)}: ${text}` : text));
}
