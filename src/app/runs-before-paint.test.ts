import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import type { Scenario } from '../scenario/schema';
import { RunsBeforePaint, type RunSender } from './runs-before-paint';

function recorder(): RunSender & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    sendNow: (scenario: Scenario, fromStart: boolean) => void sent.push(`sendNow ${scenario.name} ${fromStart ? 'from t = 0' : 'resumed'}`),
    setScenario: (scenario: Scenario) => void sent.push(`setScenario ${scenario.name}`),
  };
}
const named = (name: string): Scenario => ({ ...defaultScenario(), name });

describe('runs asked for before the first paint', () => {
  it('wait for it, and a link opening (replaced, then restarted) sends its design once, from t = 0', () => {
    const engine = recorder();
    const runs = new RunsBeforePaint(engine);
    expect(runs.holding).toBe(false);
    runs.edited(named('link'));
    runs.restart(named('link'));
    expect(engine.sent).toEqual([]);
    expect(runs.holding).toBe(true);
    runs.firstPainted();
    expect(engine.sent).toEqual(['sendNow link from t = 0']);
    expect(runs.holding).toBe(false);
  });

  it('send only the latest design, still from t = 0 when a restart came first', () => {
    const engine = recorder();
    const runs = new RunsBeforePaint(engine);
    runs.restart(named('first'));
    runs.edited(named('second'));
    runs.firstPainted();
    expect(engine.sent).toEqual(['sendNow second from t = 0']);
  });

  it('an edit alone resumes, and nothing is sent when nothing was asked', () => {
    const engine = recorder();
    const runs = new RunsBeforePaint(engine);
    runs.edited(named('edited'));
    runs.firstPainted();
    expect(engine.sent).toEqual(['sendNow edited resumed']);
    const idle = recorder();
    new RunsBeforePaint(idle).firstPainted();
    expect(idle.sent).toEqual([]);
  });

  it('go straight through after the first paint', () => {
    const engine = recorder();
    const runs = new RunsBeforePaint(engine);
    runs.firstPainted();
    runs.edited(named('typed'));
    runs.restart(named('reset'));
    runs.firstPainted();
    expect(engine.sent).toEqual(['setScenario typed', 'sendNow reset from t = 0']);
  });
});
