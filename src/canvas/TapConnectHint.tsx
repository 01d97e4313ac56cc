import { Panel, useStore, type ReactFlowState } from '@xyflow/react';

const tapping = (s: ReactFlowState) => s.connectionClickStartHandle !== null;

/** After a handle is tapped (tap-to-connect), says what to do next; the tapped handle and its node light up in CSS. */
export function TapConnectHint() {
  const active = useStore(tapping);
  if (!active) return null;
  return (
    <Panel position="top-center" className="tap-connect-hint" data-testid="tap-connect-hint">
      Now tap a handle of another node to link them, or tap the background to cancel.
    </Panel>
  );
}
