/** A claimed outbox row as far as ordering is concerned. */
export interface ClaimedRow {
  id: string;
  key: string;
  /**
   * The row cannot go now: an older unsent row with its key is outside this batch (claimed by
   * another relay), or the row itself cannot be encoded.
   */
  blocked: boolean;
}

/**
 * Splits a claimed batch (ascending ids) into rows to publish now and rows to leave for a later
 * round. With two relays, each claims a different range of rows; publishing a key whose older
 * row sits in the other relay's range would overtake it, so that key is held back entirely,
 * including its later rows in this batch whose own check only looked outside the batch.
 */
export function partitionByKeyOrder<R extends ClaimedRow>(rows: readonly R[]): { publish: R[]; hold: R[] } {
  const heldKeys = new Set<string>();
  const publish: R[] = [];
  const hold: R[] = [];
  for (const row of rows) {
    if (row.blocked) heldKeys.add(row.key);
    (heldKeys.has(row.key) ? hold : publish).push(row);
  }
  return { publish, hold };
}
