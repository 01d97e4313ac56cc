/** How long the engine may stay silent while it owes an answer before it is stopped and restarted. */
export const ENGINE_BUDGET_MS = 15_000;
/** How often the page asks the watchdog whether the engine has overrun. */
export const WATCHDOG_CHECK_MS = 1000;
/** A check this late means the page itself was held up (a long render, a sleeping tab), not necessarily the engine. */
export const PAGE_STALL_MS = 3 * WATCHDOG_CHECK_MS;

/**
 * Notices when the engine owes an answer (a run was started, or it is playing) and has said nothing for longer than
 * the budget, so a runaway evaluation never leaves the page waiting forever; a long evaluation that keeps reporting
 * progress is working, so each report counts the budget afresh.
 */
export class RunWatchdog {
  private startSentAt: number | null = null;
  private lastHeardAt: number;
  private isPlaying = false;
  private lastCheckedAt: number;

  constructor(
    private readonly now: () => number,
    private readonly budgetMs = ENGINE_BUDGET_MS,
    private readonly stallMs = PAGE_STALL_MS,
  ) {
    this.lastHeardAt = now();
    this.lastCheckedAt = this.lastHeardAt;
  }

  started(playing: boolean): void {
    this.startSentAt = this.now();
    this.isPlaying = playing;
  }

  playing(playing: boolean): void {
    this.isPlaying = playing;
    this.lastHeardAt = this.now();
  }

  /** A long first evaluation said how far it has come: the start is still owed, with the budget counted afresh. */
  progressed(): void {
    if (this.startSentAt !== null) this.startSentAt = this.now();
    this.lastHeardAt = this.now();
  }

  heard(): void {
    this.startSentAt = null;
    this.lastHeardAt = this.now();
  }

  /** The run ended by itself (finished, rejected, failed): nothing more is owed until the next start or play. */
  ended(): void {
    this.startSentAt = null;
    this.isPlaying = false;
    this.lastHeardAt = this.now();
  }

  /** True when the engine has overrun its budget; the caller stops it and the watchdog starts afresh. */
  overrun(): boolean {
    const t = this.now();
    const sinceCheck = t - this.lastCheckedAt;
    this.lastCheckedAt = t;
    // What the engine said while the page was held up may still be queued behind this check: that time is not counted.
    if (sinceCheck > this.stallMs) {
      if (this.startSentAt !== null) this.startSentAt += sinceCheck;
      this.lastHeardAt += sinceCheck;
      return false;
    }
    const late = (this.startSentAt !== null && t - this.startSentAt > this.budgetMs) || (this.isPlaying && t - this.lastHeardAt > this.budgetMs);
    if (late) {
      this.startSentAt = null;
      this.isPlaying = false;
      this.lastHeardAt = t;
    }
    return late;
  }
}
