/**
 * Work done under a lease (one holder across all instances): the lease is renewed while the work
 * runs and released when it ends, so a crashed holder blocks others for one short lease at most —
 * and the store's lease lets another process take over at once when the holder is known dead.
 *
 * The store's lease is one holder's: its owner renews it by acquiring it again. Two runs of the same
 * work started at once by one instance (the schedule and a command, two calls) share that owner, so
 * the store would let the second in while the first works — the weekly review went twice under load.
 * Within an instance, a run whose work is already running under that lease is refused here.
 */
import type { Clock } from '../domain/calendar-date';
import type { Lease, Logger } from './ports';

export interface LeaseTerms {
  name: string;
  owner: string;
  /** How long the lease lasts without renewal. */
  ttlMs: number;
}

export type LeasedResult<T> = { ran: true; value: T } | { ran: false };

/** The works running in this process, per lease store: its name and owner. */
const RUNNING = new WeakMap<Lease, Set<string>>();

export async function underLease<T>(
  deps: { lease: Lease; clock: Clock; logger: Logger },
  terms: LeaseTerms,
  work: () => Promise<T>,
): Promise<LeasedResult<T>> {
  const { lease } = deps;
  const key = `${terms.name}\u0000${terms.owner}`;
  let running = RUNNING.get(lease);
  if (!running) RUNNING.set(lease, (running = new Set()));
  if (running.has(key)) return { ran: false };
  running.add(key);
  try {
    return await leased(deps, terms, work);
  } finally {
    running.delete(key);
  }
}

async function leased<T>(
  deps: { lease: Lease; clock: Clock; logger: Logger },
  terms: LeaseTerms,
  work: () => Promise<T>,
): Promise<LeasedResult<T>> {
  const { lease, clock, logger } = deps;
  if (!(await lease.acquire(terms.name, terms.owner, terms.ttlMs, clock.now()))) return { ran: false };
  const renewal = setInterval(
    () => {
      lease
        .acquire(terms.name, terms.owner, terms.ttlMs, clock.now())
        .then((held) => {
          if (!held) logger.error({ lease: terms.name }, 'lease lost to another holder while working');
        })
        .catch((error: unknown) =>
          logger.warn({ err: error, lease: terms.name }, 'could not renew the lease'),
        );
    },
    Math.max(1000, Math.floor(terms.ttlMs / 3)),
  );
  renewal.unref();
  try {
    return { ran: true, value: await work() };
  } finally {
    clearInterval(renewal);
    await lease
      .release(terms.name, terms.owner)
      .catch((error: unknown) =>
        logger.warn({ err: error, lease: terms.name }, 'could not release the lease'),
      );
  }
}
