import { SendCoalescer } from './send-coalescer';

/** A sender whose sends complete only when the test says so. */
function controlledSender() {
  const sends: { records: readonly number[]; finish(error?: Error): void }[] = [];
  const send = (records: readonly number[]) =>
    new Promise<void>((resolve, reject) =>
      sends.push({ records, finish: (error) => (error ? reject(error) : resolve()) }),
    );
  return { sends, send };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SendCoalescer', () => {
  it('sends at once when idle and merges what arrives meanwhile into the next send, in order', async () => {
    const { sends, send } = controlledSender();
    const coalescer = new SendCoalescer(send, 100);

    const first = coalescer.send([1]);
    const second = coalescer.send([2, 3]);
    const third = coalescer.send([4]);
    await settle();
    expect(sends.map((s) => s.records)).toEqual([[1]]);

    sends[0].finish();
    await first;
    await settle();
    expect(sends.map((s) => s.records)).toEqual([[1], [2, 3, 4]]);

    sends[1].finish();
    await expect(Promise.all([second, third])).resolves.toEqual([undefined, undefined]);
  });

  it('fails exactly the callers whose records were in the failed send', async () => {
    const { sends, send } = controlledSender();
    const coalescer = new SendCoalescer(send, 100);

    const first = coalescer.send([1]);
    const second = coalescer.send([2]);
    await settle();
    sends[0].finish(new Error('broker down'));
    await expect(first).rejects.toThrow('broker down');
    await settle();
    sends[1].finish();
    await expect(second).resolves.toBeUndefined();
  });

  it('keeps each send below the record limit without splitting small requests', async () => {
    const { sends, send } = controlledSender();
    const coalescer = new SendCoalescer(send, 3);

    const blocker = coalescer.send([0]);
    const waiting = [coalescer.send([1, 2]), coalescer.send([3, 4]), coalescer.send([5, 6, 7, 8, 9])];
    await settle();
    sends[0].finish();
    await blocker;
    for (let i = 1; i <= 4; i += 1) {
      await settle();
      sends[i].finish();
    }
    await Promise.all(waiting);

    expect(sends.map((s) => s.records)).toEqual([[0], [1, 2], [3, 4], [5, 6, 7], [8, 9]]);
  });

  it('resolves an empty send without sending', async () => {
    const { sends, send } = controlledSender();

    await new SendCoalescer(send, 10).send([]);

    expect(sends).toEqual([]);
  });
});
