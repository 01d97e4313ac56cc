import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from './default-scenario';
import { wasChecked } from './checked-designs';
import { parseScenario, parseScenarioJson } from './validate';

describe('checked designs', () => {
  it('knows a design the checks gave back, plain or through the schema, and not an edited copy of it', () => {
    const plain = parseScenario(structuredClone(defaultScenarioInput));
    if (!plain.ok) throw new Error(plain.errors.join());
    expect(wasChecked(plain.scenario)).toBe(true);
    expect(wasChecked({ ...plain.scenario, name: 'edited' })).toBe(false);
    expect(wasChecked(structuredClone(plain.scenario))).toBe(false);

    // Events are left to zod by the plain checks, so this one goes the schema's way.
    const withEvent = structuredClone(defaultScenarioInput) as Record<string, unknown>;
    const linkId = (defaultScenarioInput.links as { id: string }[])[0]!.id;
    withEvent.events = [{ kind: 'link-failure', linkId, startSeconds: 1, endSeconds: 2 }];
    const viaSchema = parseScenarioJson(JSON.stringify(withEvent));
    if (!viaSchema.ok) throw new Error(viaSchema.errors.join());
    expect(viaSchema.scenario.events).toHaveLength(1);
    expect(wasChecked(viaSchema.scenario)).toBe(true);
  });
});
