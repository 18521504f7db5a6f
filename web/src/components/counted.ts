/** "1 product", "3 products": a count with its noun, plural when it is not one. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
