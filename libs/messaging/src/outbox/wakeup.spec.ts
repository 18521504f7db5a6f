import { Wakeup } from './wakeup';

describe('Wakeup', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('remembers a wake that came while nobody waited', async () => {
    const wakeup = new Wakeup();
    wakeup.wake();

    await expect(wakeup.wait(60_000)).resolves.toBeUndefined();
  });

  it('forgets earlier wakes on reset and then waits for the next wake', async () => {
    const wakeup = new Wakeup();
    wakeup.wake();
    wakeup.reset();
    let woke = false;
    const waiting = wakeup.wait(60_000).then(() => (woke = true));

    await jest.advanceTimersByTimeAsync(1_000);
    expect(woke).toBe(false);
    wakeup.wake();
    await waiting;
    expect(woke).toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    const wakeup = new Wakeup();
    const waiting = wakeup.wait(500);

    await jest.advanceTimersByTimeAsync(500);
    await expect(waiting).resolves.toBeUndefined();
  });
});
