import { useRef } from 'react';
import { useDocument } from '../editor/editor-context';
import type { Scenario } from '../scenario/schema';
import { physicsChanged } from '../store/physics-changed';

/** The scenario as of its last physics change: dragging or renaming a node leaves it as it was, so nothing asks the worker again. */
export function usePhysicsScenario(): Scenario {
  const scenario = useDocument((s) => s.scenario);
  const last = useRef(scenario);
  if (physicsChanged(last.current, scenario)) last.current = scenario;
  return last.current;
}
