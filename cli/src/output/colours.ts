import { createColors } from 'picocolors';

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

export type Colours = ReturnType<typeof createColors>;

export const colours: Colours = createColors(colourWanted(process.stdout, process.env));

/** A state in the colour that says whether it is good news. */
export function stateColour(state: string, palette: Colours = colours): string {
  const upper = state.toUpperCase();
  if (
    ['PUBLISHED', 'APPROVED', 'GRANTED', 'COMPLETED', 'PASS', 'MET', 'UP', 'RESOLVED', 'DONE', 'OK'].includes(upper)
  ) {
    return palette.green(state);
  }
  if (
    [
      'REJECTED',
      'FAILED',
      'FAIL',
      'ERROR',
      'DENIED',
      'BREACHED',
      'DOWN',
      'CRITICAL',
      'OPEN',
      'RAISED',
      'BREAKING',
    ].includes(upper)
  ) {
    return palette.red(state);
  }
  if (['DEPRECATED', 'WARNING', 'WARN', 'PENDING', 'ACKNOWLEDGED', 'REVOKED', 'WAIVED'].includes(upper)) {
    return palette.yellow(state);
  }
  return state;
}
