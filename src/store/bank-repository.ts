/**
 * Bank statements in one table, `BankLines`:
 * - PartitionKey `l-<account>-<month>`: one row per statement line seen (RowKey its key), so that
 *   a statement imported again is recognised line by line (one partition query per month). A line
 *   matched is written once, `applying` with its application and the import's run id; when that
 *   import has written everything, one row `!run-<run id>` per partition says so and its lines
 *   read as `applied` (issue 19: rewriting ten thousand lines `applied` cost Azurite an O(table)
 *   remove and re-insert each). Rows written `applied` before (one rewrite per line) are read as
 *   they are. `!` never starts a line's key (`encodeKey` writes letters, digits, `-_.~` only).
 *   Lines marked together in one partition are written as group rows (`!g-<hash of the run and
 *   the keys>`, column `lines`: their marks as a JSON array of at most 30 000 characters), a few
 *   hundred rows for a 10 000-line statement instead of one per line (issue 19). A line marked
 *   twice (resumed by a later import) reads as its furthest mark: applied, then applying, then
 *   the others.
 * - PartitionKey `pending`: the credits on « Paiements à rapprocher », decided under their ETag
 *   (a double click decides once).
 * - PartitionKey `iban`: IBAN → customer, learned from confident matches.
 */
import type { BankRepository, LineApplication, PendingCredit, SeenStatementLine } from '../application/ports';
import type { TransactionAction } from '@azure/data-tables';
import { createHash } from 'node:crypto';
import {
  decodeKey,
  encodeKey,
  getEntityOrNull,
  GROUP_ROW,
  GROUP_ROWS_PER_TRANSACTION,
  groupsOf,
  isStatus,
  listPartition,
  submitInBatches,
  writeGrouped,
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
/** Several lines' marks in one row (see above): `k` the encoded key, `a` the application. */
interface GroupRow {
  lines: string;
}
interface GroupedLine {
  k: string;
  status: string;
  a?: LineApplication;
  run?: string;
}

/** The marks a row holds, each as a line row with its RowKey: itself, or those of a group row. */
function marksOf(row: (LineRow | GroupRow) & { rowKey?: string }): Array<LineRow & { rowKey: string }> {
  if (!row.rowKey!.startsWith(GROUP_ROW)) return [row as LineRow & { rowKey: string }];
  return (JSON.parse((row as GroupRow).lines) as GroupedLine[]).map((l) => ({
    rowKey: l.k,
    status: l.status,
    ...(l.a ? { data: JSON.stringify(l.a) } : {}),
    ...(l.run ? { run: l.run } : {}),
  }));
}

/** Which of two marks of one line counts: applied, then applying, then the others; else the first. */
const RANK: Record<string, number> = { applied: 3, applying: 2 };
const rank = (line: SeenStatementLine) => RANK[line.status] ?? 1;

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
      for (const row of await listPartition<LineRow | GroupRow>(this.table, linePartition(account, month)))
        if (!row.rowKey!.startsWith(RUN_DONE))
          for (const mark of marksOf(row)) keys.add(decodeKey(mark.rowKey));
    }
    return keys;
  }

  async seenLines(account: string, months: readonly string[]): Promise<Map<string, SeenStatementLine>> {
    const lines = new Map<string, SeenStatementLine>();
    for (const month of new Set(months)) {
      const rows = await listPartition<LineRow | GroupRow>(this.table, linePartition(account, month));
      const done = new Set(
        rows.filter((r) => r.rowKey!.startsWith(RUN_DONE)).map((r) => r.rowKey!.slice(RUN_DONE.length)),
      );
      const set = (line: SeenStatementLine) => {
        const earlier = lines.get(line.key);
        if (!earlier || rank(line) > rank(earlier)) lines.set(line.key, line);
      };
      for (const row of rows) {
        if (row.rowKey!.startsWith(RUN_DONE)) continue;
        for (const mark of marksOf(row)) {
          const key = decodeKey(mark.rowKey);
          // A line `applying` whose import finished is applied: its application is no longer needed.
          if (mark.status === 'applying' && mark.run && done.has(mark.run)) {
            set({ key, account, month, status: 'applied' });
            continue;
          }
          set({
            key,
            account,
            month,
            status: mark.status as SeenStatementLine['status'],
            ...(mark.data ? { application: JSON.parse(mark.data) as LineApplication } : {}),
            ...(mark.run ? { run: mark.run } : {}),
          });
        }
      }
    }
    return lines;
  }

  async markSeen(lines: readonly SeenStatementLine[]): Promise<void> {
    const byPartition = new Map<string, Map<string, SeenStatementLine>>();
    for (const l of lines) {
      const partitionKey = linePartition(l.account, l.month);
      let marks = byPartition.get(partitionKey);
      if (!marks) byPartition.set(partitionKey, (marks = new Map()));
      marks.set(encodeKey(l.key), l);
    }
    const singles: TransactionAction[] = [];
    const groups: TransactionAction[] = [];
    for (const [partitionKey, marks] of byPartition) {
      if (marks.size === 1) {
        // Replace: a line marked `applied` loses the application it kept while `applying`.
        for (const [rowKey, l] of marks)
          singles.push([
            'upsert',
            {
              partitionKey,
              rowKey,
              status: l.status,
              ...(l.application ? { data: JSON.stringify(l.application) } : {}),
              ...(l.run ? { run: l.run } : {}),
            },
            'Replace',
          ]);
        continue;
      }
      const keys = [...marks.keys()];
      const serialized = [...marks].map(([k, l]) =>
        JSON.stringify({
          k,
          status: l.status,
          ...(l.application ? { a: l.application } : {}),
          ...(l.run ? { run: l.run } : {}),
        } satisfies GroupedLine),
      );
      let at = 0;
      for (const group of groupsOf(serialized)) {
        const members = keys.slice(at, (at += group.length));
        const runs = [...new Set(members.map((k) => marks.get(k)!.run ?? ''))].join(',');
        const rowKey = `${GROUP_ROW}${createHash('sha256')
          .update(`${runs}|${members.join(',')}`)
          .digest('hex')
          .slice(0, 40)}`;
        groups.push(['upsert', { partitionKey, rowKey, lines: `[${group.join(',')}]` }, 'Replace']);
      }
    }
    await Promise.all([
      submitInBatches(this.table, singles),
      writeGrouped(this.table, groups, 16, GROUP_ROWS_PER_TRANSACTION),
    ]);
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
