/**
 * Dunning actions in Azure Tables. PartitionKey `day-YYYY-MM-DD` (the job's date: « relances du
 * jour » is one partition), RowKey = customer|step. The id is deterministic, so a second run of
 * the job on the same date finds its actions instead of creating new ones. Updates use ETags.
 */
import type { CalendarDate } from '../domain/calendar-date';
import type { ActionNote, ActionStatus, DunningAction } from '../domain/actions';
import type { ActionInvoice } from '../domain/daily-plan';
import type { Channel } from '../domain/ladder';
import type { RiskSegment } from '../domain/ledger';
import { cents } from '../domain/money';
import {
  ConcurrencyError,
  type ActionChange,
  type ActionRepository,
  type Versioned,
} from '../application/ports';
import type { Actor } from '../domain/journal';
import {
  encodeKey,
  getEntityOrNull,
  isStatus,
  listPartition,
  submitInBatches,
  type TableStorage,
} from './table-storage';

interface ActionRow {
  id: string;
  date: string;
  customerCode: string;
  customerName: string;
  risk: string;
  salesRepEmail: string;
  step: string;
  channel: string;
  invoices: string;
  total: number;
  maxDaysLate: number;
  alerts: string;
  status: string;
  statusReason: string;
  decidedBy: string;
  decidedAt: string;
  details: string;
}

const partition = (date: CalendarDate) => `day-${date}`;
const rowKey = (a: Pick<DunningAction, 'customerCode' | 'step'>) => encodeKey(`${a.customerCode}|${a.step}`);

function toRow(a: DunningAction): ActionRow {
  return {
    id: a.id,
    date: a.date,
    customerCode: a.customerCode,
    customerName: a.customerName,
    risk: a.risk,
    salesRepEmail: a.salesRepEmail ?? '',
    step: a.step,
    channel: a.channel,
    invoices: JSON.stringify(a.invoices),
    total: a.total,
    maxDaysLate: a.maxDaysLate,
    alerts: JSON.stringify(a.alerts),
    status: a.status,
    statusReason: a.note ? JSON.stringify(a.note) : '',
    decidedBy: a.decidedBy ? JSON.stringify(a.decidedBy) : '',
    decidedAt: a.decidedAt ?? '',
    details: JSON.stringify(a.details),
  };
}

/** The note as JSON; a row written before notes were structured holds French text. */
function noteOf(stored: string): ActionNote | null {
  if (!stored) return null;
  if (stored.startsWith('{')) return JSON.parse(stored) as ActionNote;
  return { kind: 'text', text: stored };
}

function fromRow(r: ActionRow): DunningAction {
  return {
    id: r.id,
    date: r.date as CalendarDate,
    customerCode: r.customerCode,
    customerName: r.customerName,
    risk: r.risk as RiskSegment,
    salesRepEmail: r.salesRepEmail || null,
    step: r.step,
    channel: r.channel as Channel,
    invoices: JSON.parse(r.invoices) as ActionInvoice[],
    total: cents(Number(r.total)),
    maxDaysLate: Number(r.maxDaysLate),
    alerts: JSON.parse(r.alerts) as DunningAction['alerts'],
    status: r.status as ActionStatus,
    note: noteOf(r.statusReason),
    decidedBy: r.decidedBy ? (JSON.parse(r.decidedBy) as Actor) : null,
    decidedAt: r.decidedAt || null,
    details: JSON.parse(r.details) as Record<string, string>,
  };
}

export class TableActionRepository implements ActionRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Actions');
  }

  async listForDateVersioned(date: CalendarDate): Promise<Versioned<DunningAction>[]> {
    return (await listPartition<ActionRow>(this.table, partition(date))).map((r) => ({
      value: fromRow(r),
      etag: r.etag,
    }));
  }

  async listForDate(date: CalendarDate): Promise<DunningAction[]> {
    return (await this.listForDateVersioned(date)).map((v) => v.value);
  }

  async get(date: CalendarDate, customerCode: string, step: string): Promise<DunningAction | null> {
    const row = await getEntityOrNull<ActionRow>(this.table, partition(date), rowKey({ customerCode, step }));
    return row ? fromRow(row) : null;
  }

  /** Inserts new actions in transactions; fails whole if one already exists (the caller read first). */
  async createMany(actions: readonly DunningAction[]): Promise<void> {
    await submitInBatches(
      this.table,
      actions.map((a) => ['create', { partitionKey: partition(a.date), rowKey: rowKey(a), ...toRow(a) }]),
    );
  }

  /** Replaces actions read at the given versions, in transactions; returns false if one lost a race. */
  async replaceMany(changes: ReadonlyArray<{ next: DunningAction; etag: string }>): Promise<boolean> {
    try {
      await submitInBatches(
        this.table,
        changes.map(({ next, etag }) => [
          'update',
          { partitionKey: partition(next.date), rowKey: rowKey(next), ...toRow(next) },
          'Replace',
          { etag },
        ]),
      );
      return true;
    } catch (error) {
      if (isStatus(error, 412)) return false;
      throw error;
    }
  }

  /** Read–modify–write of one action under its ETag (decisions on the card). */
  async modify(
    date: CalendarDate,
    customerCode: string,
    step: string,
    change: ActionChange,
  ): Promise<DunningAction | null> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const row = await getEntityOrNull<ActionRow>(
        this.table,
        partition(date),
        rowKey({ customerCode, step }),
      );
      if (!row) return null;
      const next = change(fromRow(row));
      if (!next) return fromRow(row);
      try {
        await this.table.updateEntity(
          { partitionKey: partition(date), rowKey: rowKey(next), ...toRow(next) },
          'Replace',
          {
            etag: row.etag,
          },
        );
        return next;
      } catch (error) {
        if (!isStatus(error, 412)) throw error;
      }
    }
    throw new ConcurrencyError(`action ${date}|${customerCode}|${step}`);
  }
}
