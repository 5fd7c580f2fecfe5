/**
 * Work under a lease runs once at a time within an instance too: the store's lease lets its owner in
 * again (that is how it renews), so two runs started at once by one instance — the schedule and a
 * command — must be told apart here, not by the store.
 */
import type { Lease } from '../../src/application/ports/storage';
import { underLease } from '../../src/application/lease-holder';
import { fixedClock } from '../../src/store/system-clock';

/** A lease store as Table Storage's: one holder, its owner let in again. */
function ownerReentrantLease(): Lease & { holder: () => string | null } {
  let holder: string | null = null;
  return {
    acquire: async (_name, owner) => {
      if (holder !== null && holder !== owner) return false;
      holder = owner;
      return true;
    },
    release: async (_name, owner) => {
      if (holder === owner) holder = null;
    },
    holder: () => holder,
  };
}

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const clock = fixedClock('2026-11-23' as never);
const terms = { name: 'weekly-review', owner: 'instance-1', ttlMs: 60_000 };

it('refuses a second run of the same work by the same instance while the first works, then runs again', async () => {
  const lease = ownerReentrantLease();
  let finish!: () => void;
  let runs = 0;
  const first = underLease({ lease, clock, logger: silent }, terms, async () => {
    runs++;
    await new Promise<void>((resolve) => (finish = resolve));
    return 'sent';
  });
  await new Promise((r) => setImmediate(r));
  const second = await underLease({ lease, clock, logger: silent }, terms, async () => {
    runs++;
    return 'sent again';
  });
  expect(second).toEqual({ ran: false });
  finish();
  expect(await first).toEqual({ ran: true, value: 'sent' });
  expect(lease.holder()).toBeNull();
  expect(await underLease({ lease, clock, logger: silent }, terms, async () => 'next date')).toEqual({
    ran: true,
    value: 'next date',
  });
  expect(runs).toBe(1);
});

it('lets another work, or the same work on another store, run meanwhile; frees the work when it throws', async () => {
  const lease = ownerReentrantLease();
  let finish!: () => void;
  const first = underLease(
    { lease, clock, logger: silent },
    terms,
    () => new Promise<void>((r) => (finish = r)),
  );
  await new Promise((r) => setImmediate(r));
  // Another store (another storage, another bot in the same process): its own lease.
  const elsewhere = ownerReentrantLease();
  expect(await underLease({ lease: elsewhere, clock, logger: silent }, terms, async () => 1)).toEqual({
    ran: true,
    value: 1,
  });
  finish();
  await first;
  await expect(
    underLease({ lease, clock, logger: silent }, terms, async () => {
      throw new Error('storage down');
    }),
  ).rejects.toThrow('storage down');
  expect(await underLease({ lease, clock, logger: silent }, terms, async () => 2)).toEqual({
    ran: true,
    value: 2,
  });
});
