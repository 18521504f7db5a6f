/**
 * A failure the CLI reports as one line on stderr, never as a stack trace. The exit code says what kind it is:
 * 1 when the mesh refused or something failed, 2 when the command line itself was wrong.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** A mistake in the command line: exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** The one line to print for anything thrown, including errors nobody anticipated. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
