import { CommanderError } from 'commander';
import { CliError, oneLine } from './cli-error';
import { buildProgram } from './program';

/**
 * Runs one command line and gives its exit code: 0 ok, 1 refused or failed, 2 wrong usage. Commander has already
 * printed its own usage errors; everything else is printed here as one line, never as a stack trace.
 */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`mesh: ${oneLine(error)}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
