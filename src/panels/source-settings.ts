import type { RequestResult } from '../engine/results';

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
  return parts.join(', ');
}

/** Each hop's chosen settings, labelled by its ends when the request has more than one hop; hops with none left out. */
export function hopSettingsLines(result: RequestResult, nameOf: (id: string) => string): string[] {
  return result.hops
    .map((hop) => ({ hop, text: settingsText(hop.settings) }))
    .filter(({ text }) => text !== '')
    .map(({ hop, text }) => (result.hops.length > 1 ? `${nameOf(hop.from)} → ${nameOf(hop.to)}: ${text}` : text));
}
