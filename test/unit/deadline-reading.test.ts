import { withinDeadlineReading } from '../../src/bot/controller/click-answers';

const never = new Promise<never>(() => undefined);
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

it('a decision that ends early reads nothing more', async () => {
  const read = jest.fn(() => Promise.resolve('card'));
  const result = await withinDeadlineReading(after(20, 'done'), read, 2300);
  expect(result).toEqual({ outcome: 'done' });
  await after(400, null);
  expect(read).not.toHaveBeenCalled();
});

it('a decision still running two seconds before the deadline starts reading the card then, once', async () => {
  const started = Date.now();
  let readAt = -1;
  const read = jest.fn(() => {
    readAt = Date.now() - started;
    return after(1500, 'card');
  });
  const result = await withinDeadlineReading(never, read, 2300);
  const answeredAt = Date.now() - started;
  expect(read).toHaveBeenCalledTimes(1);
  // Started about 300 ms in, so that a 1,5 s read is ready when the answer is due at 2,3 s.
  expect(readAt).toBeLessThan(1000);
  expect('pending' in result && (await result.pending)).toBe('card');
  expect(Date.now() - started - answeredAt).toBeLessThan(500);
});

it('with less than two seconds to go, the card is read at once', async () => {
  const read = jest.fn(() => Promise.resolve('card'));
  const result = await withinDeadlineReading(never, read, 50);
  expect(read).toHaveBeenCalledTimes(1);
  expect('pending' in result && (await result.pending)).toBe('card');
});
