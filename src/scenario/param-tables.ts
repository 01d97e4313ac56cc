import type { ParamSpecs } from './param-spec';
import * as params from './params';

const SECTIONS: [string, ParamSpecs][] = [
  ['Ground station and trusted node (`ground-station`, `trusted-node`)', params.terminalParamSpecs],
  ['Repeater (`repeater`)', params.repeaterParamSpecs],
  ['Satellite (`satellite`)', params.satelliteParamSpecs],
  ['Fiber link (`fiber`)', params.fiberParamSpecs],
  ['Free-space link (`free-space`)', params.freeSpaceParamSpecs],
  ['Decoy-state BB84 request (`bb84-decoy`)', params.bb84RequestParamSpecs],
  ['Entanglement-based QKD request (`bbm92`)', params.bbm92RequestParamSpecs],
  ['Twin-field QKD request (`tf-qkd`)', params.twinFieldRequestParamSpecs],
  ['Entanglement request (`entanglement`)', params.entanglementRequestParamSpecs],
];

/** The parameter reference of docs/scenario-format.md, generated from the specs so the two never drift. */
export function parameterTablesMarkdown(): string {
  return SECTIONS.map(([title, specs]) => {
    const rows = Object.entries(specs).map(
      ([key, s]) => `| \`${key}\` | ${s.unit || '—'} | ${s.default} | ${s.minExclusive ? '(' : '['}${s.min}, ${s.max}] | ${s.help} |`,
    );
    return [`#### ${title}`, '', '| key | unit | default | range | meaning |', '|---|---|---|---|---|', ...rows].join('\n');
  }).join('\n\n');
}
