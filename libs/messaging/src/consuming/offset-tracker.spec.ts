import { OffsetTracker } from './offset-tracker';

describe('OffsetTracker', () => {
  it('keeps the next offset to read per partition, the latest winning', () => {
    const tracker = new OffsetTracker();
    tracker.processed('t', 0, '41');
    tracker.processed('t', 0, '42');
    tracker.processed('t', 1, '9007199254740993');

    expect(tracker.take()).toEqual([
      { topic: 't', partition: 0, offset: '43' },
      { topic: 't', partition: 1, offset: '9007199254740994' },
    ]);
    expect(tracker.take()).toEqual([]);
  });

  it('forgets partitions lost in a rebalance', () => {
    const tracker = new OffsetTracker();
    tracker.processed('t', 0, '1');
    tracker.processed('t', 1, '1');
    tracker.processed('u', 0, '1');

    tracker.retain({ t: [1] });

    expect(tracker.take().map(({ topic, partition }) => `${topic}/${partition}`)).toEqual(['t/1']);
  });

  it('restores offsets of a failed commit without overwriting newer ones', () => {
    const tracker = new OffsetTracker();
    tracker.processed('t', 0, '1');
    tracker.processed('t', 1, '1');
    const failed = tracker.take();
    tracker.processed('t', 0, '5');

    tracker.restore(failed);

    expect(tracker.take()).toEqual([
      { topic: 't', partition: 0, offset: '6' },
      { topic: 't', partition: 1, offset: '2' },
    ]);
  });

  it('does not restore the offset of a partition lost while its commit was in flight', () => {
    const tracker = new OffsetTracker();
    tracker.processed('t', 0, '1');
    tracker.processed('t', 1, '1');
    const failed = tracker.take();
    tracker.retain({ t: [1] });

    tracker.restore(failed);

    expect(tracker.take()).toEqual([{ topic: 't', partition: 1, offset: '2' }]);
  });
});
