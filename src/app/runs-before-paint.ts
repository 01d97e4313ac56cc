import type { Scenario } from '../scenario/schema';

/** What the gate passes runs on to: the page's engine client. */
export interface RunSender {
  sendNow(scenario: Scenario, fromStart: boolean): void;
  setScenario(scenario: Scenario): void;
}

/**
 * Runs asked for before the page's first paint (a shared link opening: the design replaced, then restarted) wait for
 * it, and only the latest goes: handing a big design to the worker is a long structured clone on the page's thread,
 * which held back the first frame. From the first paint on, every run goes straight through.
 */
export class RunsBeforePaint {
  private painted = false;
  private held: { scenario: Scenario; fromStart: boolean } | null = null;

  constructor(private readonly engine: RunSender) {}

  /** Start `scenario` from t = 0. */
  restart(scenario: Scenario): void {
    if (this.painted) this.engine.sendNow(scenario, true);
    else this.held = { scenario, fromStart: true };
  }

  /** The document's physics changed: a restart asked for before it still starts from t = 0. */
  edited(scenario: Scenario): void {
    if (this.painted) this.engine.setScenario(scenario);
    else this.held = { scenario, fromStart: this.held?.fromStart ?? false };
  }

  /** Whether a run waits for the first paint (then the page's first run is that one). */
  get holding(): boolean {
    return this.held !== null;
  }

  /** The page has painted its first frame: send what waited for it. */
  firstPainted(): void {
    if (this.painted) return;
    this.painted = true;
    const held = this.held;
    this.held = null;
    if (held) this.engine.sendNow(held.scenario, held.fromStart);
  }
}
