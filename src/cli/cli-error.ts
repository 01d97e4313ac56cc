/** A problem with what the user asked for: printed as one line on stderr, then the process exits with exitCode. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for a wrong command line or sweep, 1 for input that cannot be read or used. */
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
