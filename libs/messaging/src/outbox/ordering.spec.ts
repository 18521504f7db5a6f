import { partitionByKeyOrder } from './ordering';

const row = (id: number, key: string, blocked = false) => ({ id: String(id), key, blocked });
const ids = (rows: { id: string }[]) => rows.map((r) => Number(r.id));

describe('partitionByKeyOrder', () => {
  it('publishes a batch with nothing blocked whole and in id order', () => {
    const { publish, hold } = partitionByKeyOrder([row(1, 'a'), row(2, 'b'), row(3, 'a')]);

    expect(ids(publish)).toEqual([1, 2, 3]);
    expect(hold).toEqual([]);
  });

  it('holds a blocked row and every later row of its key, and nothing else', () => {
    const { publish, hold } = partitionByKeyOrder([
      row(10, 'a', true),
      row(11, 'b'),
      row(12, 'a'),
      row(13, 'c'),
      row(14, 'a'),
    ]);

    expect(ids(publish)).toEqual([11, 13]);
    expect(ids(hold)).toEqual([10, 12, 14]);
  });

  it('still publishes rows of a key that come before its blocked row', () => {
    // Row 20 is older than the other relay's row of key a; row 22 is younger, so it must wait.
    const { publish, hold } = partitionByKeyOrder([row(20, 'a'), row(22, 'a', true), row(23, 'a')]);

    expect(ids(publish)).toEqual([20]);
    expect(ids(hold)).toEqual([22, 23]);
  });
});
