/**
 * A lease in Azure Tables: one row per name, taken and released under its ETag, so that of several
 * bot instances sharing a storage account only one runs the daily job at a time. A lease expires,
 * so a process killed while holding it does not block the next run for long; and a holder on this
 * machine whose process is gone is taken over at once.
 */
import { hostname } from 'node:os';
import type { Lease } from '../application/ports';
import { isProcessAlive } from './process-alive';
import { getEntityOrNull, isStatus, type TableStorage } from './table-storage';

/** `host:pid[:…]`, the owner string of a holder process (see `leaseOwner`). */
export function leaseOwner(suffix?: string): string {
  return [hostname(), process.pid, suffix].filter((p) => p !== undefined).join(':');
}

/** False only when the holder is a process of this machine that no longer exists. */
export function holderMayBeAlive(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return true;
  return isProcessAlive(Number(pid));
}

interface LeaseRow {
  owner: string;
  expiresAt: string;
}

const PARTITION = 'lease';

export class TableLease implements Lease {
  constructor(
    private readonly storage: TableStorage,
    private readonly mayBeAlive: (owner: string) => boolean = holderMayBeAlive,
  ) {}

  private get table() {
    return this.storage.table('Leases');
  }

  /** True when `owner` now holds the lease (newly, or renewed), false when another valid holder has it. */
  async acquire(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean> {
    const row: LeaseRow = { owner, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
    const current = await getEntityOrNull<LeaseRow>(this.table, PARTITION, name);
    try {
      if (!current) {
        await this.table.createEntity({ partitionKey: PARTITION, rowKey: name, ...row });
        return true;
      }
      const valid = new Date(current.expiresAt) > now && this.mayBeAlive(current.owner);
      if (current.owner !== owner && valid) return false;
      await this.table.updateEntity({ partitionKey: PARTITION, rowKey: name, ...row }, 'Replace', {
        etag: current.etag,
      });
      return true;
    } catch (error) {
      // Someone else created or took it between our read and our write.
      if (isStatus(error, 409) || isStatus(error, 412)) return false;
      throw error;
    }
  }

  async release(name: string, owner: string): Promise<void> {
    const current = await getEntityOrNull<LeaseRow>(this.table, PARTITION, name);
    if (!current || current.owner !== owner) return;
    try {
      await this.table.deleteEntity(PARTITION, name, { etag: current.etag });
    } catch (error) {
      if (!isStatus(error, 404) && !isStatus(error, 412)) throw error;
    }
  }
}
