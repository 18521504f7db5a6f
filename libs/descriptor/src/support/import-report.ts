import { childPointer, PointerTrace } from '../model/pointer';
import type { Checked, ProblemDetail } from '../model/problem';

/**
 * The outcome of importing a foreign document: `warnings` name what it says that the
 * descriptor does not carry; `problems` what keeps the result from being valid. Both point
 * into the foreign document.
 */
export type Imported<Key extends string, T> = Checked<Key, T> & { warnings: ProblemDetail[] };

/** A warning for each key of `raw` (found at `at`) that the descriptor has no place for. */
export function notCarriedWarnings(raw: object, carried: ReadonlySet<string>, at: string): ProblemDetail[] {
  return Object.keys(raw)
    .filter((key) => !carried.has(key))
    .map((key) => ({ pointer: childPointer(at, key), message: 'not carried into the descriptor' }));
}

/**
 * What an importer collects while it builds a model from a foreign document: problems and
 * warnings, and where each part of the model came from, so that problems the model's
 * validation finds point at what the author of the foreign document wrote.
 */
export class ImportReport {
  readonly problems: ProblemDetail[] = [];
  readonly warnings: ProblemDetail[] = [];
  protected readonly trace = new PointerTrace();

  protected recordAll(origins: readonly [model: string, source: string][]): void {
    origins.forEach(([model, source]) => this.trace.record(model, source));
  }

  protected notCarried(raw: object, carried: ReadonlySet<string>, at: string): void {
    this.warnings.push(...notCarriedWarnings(raw, carried, at));
  }

  /** Combines the import's own problems with the validation's, moved into the foreign document; a place already reported is not reported twice. */
  conclude<Key extends string, T>(validation: Checked<Key, T>): Imported<Key, T> {
    const reported = new Set(this.problems.map((problem) => problem.pointer));
    const located = validation.ok
      ? []
      : validation.problems
          .map((problem) => ({ ...problem, pointer: this.trace.toSource(problem.pointer) ?? problem.pointer }))
          .filter((problem) => !reported.has(problem.pointer));
    const problems = [...this.problems, ...located];
    return validation.ok && problems.length === 0
      ? { ...validation, warnings: this.warnings }
      : { ok: false, problems, warnings: this.warnings };
  }
}
