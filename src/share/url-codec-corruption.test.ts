// Issue 22, item 4: a link damaged in one character must be refused, or open exactly the design that was shared.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { EXAMPLES } from '../scenario/examples';
import { parseScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/schema';
import { chainScenario } from './testing/test-scenarios';
import { compactScenarioJson, decodeScenario, encodeScenario } from './url-codec';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Real designs: the default, every gallery example, a chain. */
function realScenarios(): Scenario[] {
  const examples = EXAMPLES.map((e) => {
    const parsed = parseScenario(e.scenario);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.scenario;
  });
  return [defaultScenario(), ...examples, chainScenario(12)];
}

describe('a share link damaged in one character', () => {
  it('is refused, or opens the identical design (never a different one)', async () => {
    const links = await Promise.all(realScenarios().map(async (s) => ({ payload: await encodeScenario(s), json: compactScenarioJson(s) })));
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: links.length - 1 }),
        fc.nat(),
        fc.constantFrom(...BASE64URL),
        async (which, at, replacement) => {
          const { payload, json } = links[which]!;
          const index = at % payload.length;
          fc.pre(payload[index] !== replacement);
          const damaged = payload.slice(0, index) + replacement + payload.slice(index + 1);
          const decoded = await decodeScenario(damaged);
          if (!decoded.ok) {
            refused++;
            expect(decoded.message).toMatch(/^This link (is damaged|was made by a newer version|uses an unknown link format)/);
            return;
          }
          expect(compactScenarioJson(decoded.scenario)).toBe(json);
        },
      ),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
