/** Appends segments to a JSON pointer (RFC 6901), escaping `~` and `/`. */
export function childPointer(base: string, ...segments: readonly (string | number)[]): string {
  return base + segments.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Remembers where each part of a converted model came from in the source document, so
 * that problems found in the model point at what the author wrote.
 */
export class PointerTrace {
  private readonly origins = new Map<string, string>();

  record(modelPointer: string, sourcePointer: string): void {
    this.origins.set(modelPointer, sourcePointer);
  }

  /** The source location of the longest recorded prefix, plus the rest of the pointer. */
  toSource(modelPointer: string): string | undefined {
    for (let prefix = modelPointer; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
      const origin = this.origins.get(prefix);
      if (origin !== undefined) return origin + modelPointer.slice(prefix.length);
      if (prefix === '') return undefined;
    }
  }
}
