import type { FidelityStage } from '../../engine/entanglement/delivered-pair';
import type { PairTable } from './pair-table';

/** One bar of the fidelity waterfall, in words a user reads: what happened, where, and the fidelity after it. */
export interface WaterfallRow {
  step: string;
  pair: string;
  fidelity: number;
  kind: FidelityStage['kind'];
}

/** The engine's stages in its order (each span's children before the span), with nodes by name. */
export function waterfallRows(stages: readonly FidelityStage[], nameOf: (nodeId: string) => string): WaterfallRow[] {
  return stages.map((stage) => {
    const pair = `${nameOf(stage.fromNodeId)} – ${nameOf(stage.toNodeId)}`;
    const step =
      stage.kind === 'elementary-link' ? 'Elementary link'
      : stage.kind === 'wait' ? 'Wait in memory'
      : stage.kind === 'swap' ? `Swap at ${stage.atNodeId === null ? '?' : nameOf(stage.atNodeId)}`
      : stage.kind === 'purification' ? `Purification round ${stage.round ?? '?'}`
      : 'Delivered';
    return { step, pair, fidelity: stage.fidelity, kind: stage.kind };
  });
}

export function waterfallTable(rows: readonly WaterfallRow[]): PairTable {
  return {
    caption: 'Fidelity with Φ⁺ after each step along the path',
    columns: ['Step', 'Pair between', 'Fidelity'],
    rows: rows.map((r) => [r.step, r.pair, r.fidelity]),
  };
}
