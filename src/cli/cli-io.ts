/** Where a command writes; main.ts binds it to the process, tests to strings. */
export interface CliIo {
  /** May return a promise that settles when the text has been handed on (back-pressure on a pipe). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  /** Draw a progress bar on stderr (only a terminal wants one). */
  stderrIsTerminal?: boolean;
  env?: Record<string, string | undefined>;
  /** Wall clock in milliseconds for time limits (performance.now when left out; tests pass their own). */
  now?: () => number;
}
