/**
 * Bank statements in one table, `BankLines`:
 * - PartitionKey `l-<account>-<month>`: one row per statement line seen (RowKey its key), so that
 *   a statement imported again is recognised line by line (one partition query per month). A line
 *   matched is written once, `applying` with its application and the import's run id; when that
 *   import has written everything, one row `!run-<run id>` per partition says so and its lines
 *   read as `applied` (issue 19: rewriting ten thousand lines `applied` cost Azurite an O(table)
 *   remove and re-insert each). Rows written `applied` before (one rewrite per line) are read as
 *   they are. `!` never starts a line's key (`encodeKey` writes letters, digits, `-_.~` only).
 * - PartitionKey `pending`: the credits on « Paiements à rapprocher », decided under their ETag
 *   (a double click decides once).
 * - PartitionKey `iban`: IBAN → customer, learned from confident matches.
 */
import type { BankRepository, LineApplication, PendingCredit, SeenStatementLine } from '../application/ports';
import type { TransactionAction } from '@azure/data-tables';
import {
  decodeKey,
  encodeKey,
  getEntityOrNull,
  isStatus,
  listPartition,
  submitInBatches,
  type TableStorage,
} from './table-storage';

const PENDING = 'pending';
const IBAN = 'iban';
const linePartition = (account: string, month: string) => `l-${encodeKey(account)}-${month}`;
const RUN_DONE = '!run-';

interface LineRow {
  status: string;
  /** The line's application while it is `applying`. */
  data?: string;
  /** The import that marked it `applying` (absent from rows written before issue 19's runs). */
  run?: string;
}
interface PendingRow {
  status: string;
  data: string;
}
interface IbanRow {
  customerCode: string;
}

export class TableBankRepository implements BankRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('BankLines');
  }

  async seen(account: string, months: readonly string[]): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const month of new Set(months)) {
      for (const row of await listPartition<LineRow>(this.table, linePartition(account, month)))
        if (!row.rowKey!.startsWith(RUN_DONE)) keys.add(decodeKey(row.rowKey!));
    }
    return keys;
  }

  async seenLines(account: string, months: readonly string[]): Promise<Map<string, SeenStatementLine>> {
    const lines = new Map<string, SeenStatementLine>();
    for (const month of new Set(months)) {
      const rows = await listPartition<LineRow>(this.table, linePartition(account, month));
      const done = new Set(
        rows.filter((r) => r.rowKey!.startsWith(RUN_DONE)).map((r) => r.rowKey!.slice(RUN_DONE.length)),
      );
      for (const row of rows) {
        if (row.rowKey!.startsWith(RUN_DONE)) continue;
        const key = decodeKey(row.rowKey!);
        // A line `applying` whose import finished is applied: its application is no longer needed.
        if (row.status === 'applying' && row.run && done.has(row.run)) {
          lines.set(key, { key, account, month, status: 'applied' });
          continue;
        }
        lines.set(key, {
          key,
          account,
          month,
          status: row.status as SeenStatementLine['status'],
          ...(row.data ? { application: JSON.parse(row.data) as LineApplication } : {}),
          ...(row.run ? { run: row.run } : {}),
        });
      }
    }
    return lines;
  }

  async markSeen(lines: readonly SeenStatementLine[]): Promise<void> {
    // Replace: a line marked `applied` loses the application it kept while `applying`.
    const actions: TransactionAction[] = lines.map((l) => [
      'upsert',
      {
        partitionKey: linePartition(l.account, l.month),
        rowKey: encodeKey(l.key),
        status: l.status,
        ...(l.application ? { data: JSON.stringify(l.application) } : {}),
        ...(l.run ? { run: l.run } : {}),
      },
      'Replace',
    ]);
    await submitInBatches(this.table, actions);
  }

  async completeRun(
    run: string,
    lines: ReadonlyArray<Pick<SeenStatementLine, 'account' | 'month'>>,
  ): Promise<void> {
    const partitions = new Set(lines.map((l) => linePartition(l.account, l.month)));
    await submitInBatches(
      this.table,
      [...partitions].map((partitionKey): TransactionAction => [
        'upsert',
        { partitionKey, rowKey: `${RUN_DONE}${run}`, status: 'done' },
        'Replace',
      ]),
    );
  }

  async addPending(credits: readonly PendingCredit[]): Promise<void> {
    // Creations only: a credit already on the card (or already decided) stays as it is. The
    // pending partition is read once per call (once per statement), and not at all for none.
    if (credits.length === 0) return;
    const actions: TransactionAction[] = credits.map((c) => [
      'upsert',
      { partitionKey: PENDING, rowKey: encodeKey(c.key), status: c.status, data: JSON.stringify(c) },
    ]);
    const existing = new Set((await listPartition<PendingRow>(this.table, PENDING)).map((r) => r.rowKey));
    await submitInBatches(
      this.table,
      actions.filter((a) => !existing.has((a[1] as { rowKey: string }).rowKey)),
    );
  }

  async listPending(): Promise<PendingCredit[]> {
    const rows: PendingCredit[] = [];
    const filter = `PartitionKey eq '${PENDING}' and status eq 'pending'`;
    for await (const row of this.table.listEntities<PendingRow>({ queryOptions: { filter } }))
      rows.push(JSON.parse(row.data) as PendingCredit);
    return rows.sort((a, b) => a.bookingDate.localeCompare(b.bookingDate) || a.key.localeCompare(b.key));
  }

  async getPending(key: string): Promise<PendingCredit | null> {
    const row = await getEntityOrNull<PendingRow>(this.table, PENDING, encodeKey(key));
    return row ? (JSON.parse(row.data) as PendingCredit) : null;
  }

  async listAssigning(): Promise<PendingCredit[]> {
    const rows: PendingCredit[] = [];
    const filter = `PartitionKey eq '${PENDING}' and status eq 'assigning'`;
    for await (const row of this.table.listEntities<PendingRow>({ queryOptions: { filter } }))
      rows.push(JSON.parse(row.data) as PendingCredit);
    return rows;
  }

  async resolve(
    key: string,
    change: (current: PendingCredit) => PendingCredit | null,
    from: PendingCredit['status'] = 'pending',
  ): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const row = await getEntityOrNull<PendingRow>(this.table, PENDING, encodeKey(key));
      if (!row) return false;
      const current = JSON.parse(row.data) as PendingCredit;
      if (current.status !== from) return false;
      const next = change(current);
      if (!next) return false;
      try {
        await this.table.updateEntity(
          { partitionKey: PENDING, rowKey: encodeKey(key), status: next.status, data: JSON.stringify(next) },
          'Replace',
          { etag: row.etag },
        );
        return true;
      } catch (error) {
        if (!isStatus(error, 412)) throw error;
      }
    }
    return false;
  }

  async learnedIbans(): Promise<Map<string, string>> {
    const rows = await listPartition<IbanRow>(this.table, IBAN);
    return new Map(rows.map((r) => [decodeKey(r.rowKey!), r.customerCode]));
  }

  async learnIbans(pairs: ReadonlyArray<{ iban: string; customerCode: string }>): Promise<void> {
    await submitInBatches(
      this.table,
      pairs.map((p): TransactionAction => [
        'upsert',
        { partitionKey: IBAN, rowKey: encodeKey(p.iban), customerCode: p.customerCode },
      ]),
    );
  }
}
