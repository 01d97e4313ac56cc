/** How long the engine may stay silent while it owes an answer before it is stopped and restarted. */
export const ENGINE_BUDGET_MS = 15_000;

/**
 * Notices when the engine owes an answer (a run was started, or it is playing) and has said nothing for longer than
 * the budget, so a runaway evaluation never leaves the page waiting forever; a long evaluation that keeps reporting
 * progress is working, so each report counts the budget afresh.
 */
export class RunWatchdog {
  private startSentAt: number | null = null;
  private lastHeardAt: number;
  private isPlaying = false;

  constructor(
    private readonly now: () => number,
    private readonly budgetMs = ENGINE_BUDGET_MS,
  ) {
    this.lastHeardAt = now();
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
    const late = (this.startSentAt !== null && t - this.startSentAt > this.budgetMs) || (this.isPlaying && t - this.lastHeardAt > this.budgetMs);
    if (late) {
      this.startSentAt = null;
      this.isPlaying = false;
      this.lastHeardAt = t;
    }
    return late;
  }
}
