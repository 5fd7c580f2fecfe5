/**
 * The ledger's read model: the reads the questions repeat (the open invoices, a month's due
 * partition, a customer's partition, the customers) kept in this process and reused for as long as
 * the ledger's version in storage has not changed.
 *
 * The version is one row of Table Storage (`ReadVersions`, partition `ledger`), never a timer:
 * several bot instances share the storage, and a write on one of them must be seen by the next
 * read on any other. Every writer of invoices or customers bumps it once its write is done (a new
 * random token: two writers never need to agree on a counter); every cached read first reads the
 * version (one point read) and re-reads the partition when it changed.
 *
 * Why this is exact: an entry is loaded after the version it is kept under was read, and every
 * write bumps the version after it completed. So an entry kept under the current version holds
 * every write whose bump came before that version was read — and a write whose bump is later has
 * changed the version, which discards the entry. A write that fails half-way bumps too.
 */
import { randomUUID } from 'node:crypto';
import { getEntityOrNull, type TableStorage } from './table-storage';

interface VersionRow {
  token: string;
}

const PARTITION = 'ledger';
const ROW = 'version';

/**
 * How many rows are kept at most, all partitions together (least recently used out): the open
 * invoices of a 300k-invoice history and a few months, about 100 MB — a partition alone larger than
 * this is read but not kept.
 */
export const READ_MODEL_ROWS = 60_000;

export interface ReadModelOptions {
  /** false: every read goes to storage (the straightforward path; writers still bump the version). */
  cache: boolean;
  maxRows?: number;
}

interface Entry {
  rows: Promise<readonly unknown[]>;
  /** Known once loaded. */
  count: number;
}

export class LedgerReadModel {
  /** The version the entries were read at; null when unknown (nothing kept). */
  private version: string | null = null;
  /** Insertion order is recency: a hit moves its key to the end. */
  private readonly entries = new Map<string, Entry>();
  private kept = 0;
  /** The version read started by this synchronous run of code, shared by its reads (see `now`). */
  private versionRead: Promise<string> | null = null;
  private bumping: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(
    private readonly storage: TableStorage,
    private readonly options: ReadModelOptions = { cache: true },
  ) {}

  private get table() {
    return this.storage.table('ReadVersions');
  }

  /** The ledger's version in storage ('' before the first write). */
  async current(): Promise<string> {
    const row = await getEntityOrNull<VersionRow>(this.table, PARTITION, ROW);
    return row?.token ?? '';
  }

  /**
   * The version as of now. Reads started in the same synchronous run of code (the months of one
   * question, `Promise.all`) share one point read — the same instant; any later read reads again.
   */
  private now(): Promise<string> {
    if (!this.versionRead) {
      this.versionRead = this.current();
      queueMicrotask(() => {
        this.versionRead = null;
      });
    }
    return this.versionRead;
  }

  /**
   * A read through the model: kept under the current version, loaded again when it changed. The
   * caller gets its own array (the invoices themselves are shared: nothing changes them in place).
   */
  async read<T>(key: string, load: () => Promise<T[]>): Promise<T[]> {
    if (!this.options.cache) return load();
    const version = await this.now();
    if (version !== this.version) {
      this.forget();
      this.version = version;
    }
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      const loaded: Entry = { rows: load(), count: 0 };
      entry = loaded;
      this.entries.set(key, loaded);
      loaded.rows.then(
        (rows) => {
          if (this.entries.get(key) !== loaded) return;
          loaded.count = rows.length;
          this.kept += rows.length;
          this.evict(key);
        },
        // A failed read is not kept: the next question tries again.
        () => {
          if (this.entries.get(key) === loaded) this.entries.delete(key);
        },
      );
    }
    return [...((await entry.rows) as readonly T[])];
  }

  /** Least recently used out until the rows fit (the entry just loaded last, alone if too large). */
  private evict(justLoaded: string): void {
    const max = this.options.maxRows ?? READ_MODEL_ROWS;
    for (const [key, entry] of this.entries) {
      if (this.kept <= max) return;
      if (key === justLoaded) continue;
      this.kept -= entry.count;
      this.entries.delete(key);
    }
    if (this.kept > max) {
      this.kept -= this.entries.get(justLoaded)!.count;
      this.entries.delete(justLoaded);
    }
  }

  private forget(): void {
    this.entries.clear();
    this.kept = 0;
  }

  /**
   * After a write of invoices or customers (done, or failed half-way): forgets what this process
   * kept and gives the ledger a new version, seen by every instance's next read. Writes that end
   * while a bump is under way share the next one, which starts after them.
   */
  changed(): Promise<void> {
    this.forget();
    this.versionRead = null;
    this.version = null;
    if (!this.bumping) {
      const bump = this.table
        .upsertEntity({ partitionKey: PARTITION, rowKey: ROW, token: randomUUID() }, 'Replace')
        .then(() => undefined);
      this.bumping = bump;
      void bump
        .finally(() => {
          if (this.bumping === bump) this.bumping = null;
        })
        .catch(() => undefined);
      return bump;
    }
    this.queued ??= this.bumping
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.changed();
      });
    return this.queued;
  }

  /** Runs a write, then bumps the version whatever its outcome. */
  async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      await this.changed();
    }
  }
}
