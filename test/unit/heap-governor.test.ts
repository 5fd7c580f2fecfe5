import { keepHeapNearLiveSize } from '../../src/cli/heap-governor';

const MB = 1024 * 1024;

describe('the heap governor of `npm run import`', () => {
  afterEach(() => jest.useRealTimers());

  it('collects when the heap passes its threshold, then waits for twice what is still held', () => {
    jest.useFakeTimers();
    let used = 50 * MB;
    const collected: number[] = [];
    const stop = keepHeapNearLiveSize({
      floorMb: 96,
      everyMs: 100,
      heapUsed: () => used,
      gc: () => {
        collected.push(used);
        used = 70 * MB; // what is really held: the threshold becomes 140 MB
      },
    });
    jest.advanceTimersByTime(300);
    expect(collected).toEqual([]);
    used = 120 * MB;
    jest.advanceTimersByTime(100);
    expect(collected).toEqual([120 * MB]);
    used = 130 * MB;
    jest.advanceTimersByTime(500);
    expect(collected).toHaveLength(1);
    used = 150 * MB;
    jest.advanceTimersByTime(100);
    expect(collected).toHaveLength(2);
    stop();
    used = 500 * MB;
    jest.advanceTimersByTime(1_000);
    expect(collected).toHaveLength(2);
  });

  it('collects in this process (the collector exposed at run time)', async () => {
    const garbage = new WeakRef({ rows: Array.from({ length: 10_000 }, (_, i) => ({ i })) });
    const stop = keepHeapNearLiveSize({ floorMb: 0, everyMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(garbage.deref()).toBeUndefined();
  });
});
