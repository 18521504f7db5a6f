import { TaskLimit } from './task-limit';

describe('TaskLimit', () => {
  it('runs at most its concurrency at once, in the order asked, through failures', async () => {
    const limit = new TaskLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) => async () => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, 5));
      running--;
      if (n === 1) throw new Error('failed');
      return n;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map((n) => limit.run(task(n))));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    // Every slot came back: a full round runs at once again.
    let together = 0;
    await Promise.all([0, 1].map(() => limit.run(async () => void together++)));
    expect(together).toBe(2);
  });
});
