/**
 * « Passer en perte », from the customer's card: one invoice (an amount up to its balance) or
 * several (each for its whole balance), a reason, a date. Controllers and directors decide it, not
 * a sales rep. It is journaled once (`invoice.written_off`: reason, amounts, date, who) however many
 * times the confirmation arrives — a double click, a retry — and a retry after a failure between
 * the invoice and the journal completes the journal. The invoices written off in full are closed:
 * nothing is claimed on them again, today's rows they were the last reason for leave the day's
 * card. « Annuler » undoes it for the usual few minutes (a wrong click), not later: afterwards it
 * is an accounting entry, for the accountant to reverse.
 */
import type { CalendarDate, Clock } from '../../domain/calendar-date';
import type { Decider } from '../../domain/decisions';
import type { LadderConfig } from '../../domain/ladder';
import { balanceOf, type Customer, type Invoice, type WriteOff } from '../../domain/ledger';
import { cents, type Cents } from '../../domain/money';
import {
  applyWriteOff,
  checkWriteOff,
  writeOffKey,
  type WriteOffOutcome,
  type WriteOffRefusal,
  type WriteOffRequest,
  type WrittenOff,
  WRITTEN_OFF_ACTION,
} from '../../domain/write-off';
import { writeOffRefusalText } from '../../i18n/write-off';

export type { WriteOffOutcome, WriteOffRefusal, WrittenOff };
export { WRITTEN_OFF_ACTION };
import type { Stores } from '../ports';
import { closeRows } from './customer-decisions';
import { stateOf, type UndoRecord } from './undo-rules';

export interface WriteOffDependencies {
  stores: Pick<Stores, 'customers' | 'invoices' | 'journal' | 'actions' | 'salesNotices'>;
  ladder: Pick<LadderConfig, 'balanceTolerance'>;
  clock: Clock;
}

export interface WriteOffInput {
  customer: string;
  /** One or several invoices of the customer. */
  invoices: string[];
  /** Null: the balance. Only for a single invoice. */
  amount: Cents | null;
  /** Null: today. */
  date: CalendarDate | null;
  reason: string;
  note: string;
}

const shownOf = (w: WriteOff, before: Invoice, after: Invoice): WrittenOff => ({
  invoice: before.number,
  date: w.date,
  amount: w.amount,
  reason: w.reason,
  note: w.note,
  closes: w.closes,
  rest: w.closes ? cents(0) : balanceOf(after),
  litigation: before.status === 'litigation',
});

export type WriteOffPreview =
  | {
      kind: 'ok';
      customer: Customer;
      request: () => WriteOffRequest;
      /** Each invoice and its write-off as it would be applied now (null: applied already). */
      lines: Array<{ invoice: Invoice; writeOff: Omit<WriteOff, 'by'> | null }>;
    }
  | { kind: 'refused'; refusal: WriteOffRefusal; customerCode?: string };

/**
 * Everything checked before anything changes (all the invoices are written off, or none): what the
 * confirmation shows, and the decision's first step. Journals nothing.
 */
export async function previewWriteOff(
  deps: WriteOffDependencies,
  mayWriteOff: boolean,
  input: WriteOffInput,
): Promise<WriteOffPreview> {
  const refused = (refusal: WriteOffRefusal, customerCode?: string): WriteOffPreview => ({
    kind: 'refused',
    refusal,
    ...(customerCode ? { customerCode } : {}),
  });
  if (!mayWriteOff) return refused({ code: 'not_allowed' });
  const customer = await deps.stores.customers.get(input.customer);
  if (!customer) return refused({ code: 'unknown_customer' });
  const today = deps.clock.today();
  const numbers = [...new Set(input.invoices)];
  if (numbers.length === 0) return refused({ code: 'unknown_invoice' }, customer.code);
  if (numbers.length > 1 && input.amount !== null)
    return refused({ code: 'several_with_amount' }, customer.code);
  const date = input.date ?? today;
  const request = (): WriteOffRequest => ({
    amount: input.amount,
    date,
    reason: input.reason,
    note: input.note,
  });
  const invoices = new Map(
    (await deps.stores.invoices.listByCustomer(customer.code)).map((i) => [i.number, i] as const),
  );
  const lines: Array<{ invoice: Invoice; writeOff: Omit<WriteOff, 'by'> | null }> = [];
  for (const number of numbers) {
    const invoice = invoices.get(number);
    if (!invoice) return refused({ code: 'unknown_invoice' }, customer.code);
    const check = checkWriteOff(invoice, request(), today, deps.ladder.balanceTolerance);
    if (check.ok) lines.push({ invoice, writeOff: check.writeOff });
    else if (check.code === 'duplicate') lines.push({ invoice, writeOff: null });
    else return refused({ code: check.code, invoice: number }, customer.code);
  }
  return { kind: 'ok', customer, request, lines };
}

/** How old an applied write-off without its journal entry must be for a retry to journal it. */
const JOURNAL_REPAIR_AFTER_MS = 2 * 60_000;

export async function writeOffInvoices(
  deps: WriteOffDependencies,
  decider: Decider,
  mayWriteOff: boolean,
  input: WriteOffInput,
): Promise<WriteOffOutcome> {
  const refuse = async (refusal: WriteOffRefusal, customerCode?: string): Promise<WriteOffOutcome> => {
    await deps.stores.journal.append({
      actor: decider.actor,
      action: WRITTEN_OFF_ACTION,
      target: {
        ...(customerCode ? { customerCodes: [customerCode] } : {}),
        ...(input.invoices.length ? { invoiceNumbers: input.invoices.slice(0, 50) } : {}),
      },
      details: { refusal: refusal.code, source: 'customer_card' },
      outcome: 'refused',
      reason: writeOffRefusalText(refusal),
    });
    return { kind: 'refused', refusal };
  };
  const checked = await previewWriteOff(deps, mayWriteOff, input);
  if (checked.kind === 'refused') return refuse(checked.refusal, checked.customerCode);
  const { customer, request } = checked;
  const numbers = checked.lines.map((l) => l.invoice.number);
  const today = deps.clock.today();
  const tolerance = deps.ladder.balanceTolerance;

  const written: WrittenOff[] = [];
  const repeated: WrittenOff[] = [];
  const undo: UndoRecord[] = [];
  const duplicates: WriteOff[] = [];
  for (const number of numbers) {
    let result: { kind: 'written' | 'repeated'; w: WrittenOff; record?: UndoRecord } | null = null;
    await deps.stores.invoices.modify(customer.code, number, (current) => {
      result = null;
      const check = checkWriteOff(current, request(), today, tolerance);
      if (check.ok) {
        const next = applyWriteOff(current, {
          ...check.writeOff,
          by: decider.actor.name,
          at: deps.clock.now().toISOString(),
        });
        result = {
          kind: 'written',
          w: shownOf(next.writeOffs!.at(-1)!, current, next),
          record: { number, before: stateOf(current), after: stateOf(next) },
        };
        return next;
      }
      if (check.code === 'duplicate') {
        result = { kind: 'repeated', w: shownOf(check.applied, current, current) };
        duplicates.push(check.applied);
      }
      return null;
    });
    const r = result as { kind: 'written' | 'repeated'; w: WrittenOff; record?: UndoRecord } | null;
    if (r?.kind === 'written') {
      written.push(r.w);
      undo.push(r.record!);
    } else if (r?.kind === 'repeated') repeated.push(r.w);
  }

  const ids = numbers.map((n) => writeOffKey(n, request()));
  if (written.length === 0) {
    if (repeated.length === 0) return refuse({ code: 'closed' }, customer.code);
    // A retry after the invoices were changed but the journal not written (a crash between the
    // two) completes it — once the first attempt is surely over (a double click is still writing).
    const settledSince = duplicates.every(
      (w) => !w.at || deps.clock.now().getTime() - new Date(w.at).getTime() > JOURNAL_REPAIR_AFTER_MS,
    );
    const journaled =
      !settledSince ||
      (await deps.stores.journal.listForCustomer(customer.code)).some(
        (e) =>
          e.action === WRITTEN_OFF_ACTION &&
          e.outcome === 'ok' &&
          Array.isArray(e.details?.writeOffIds) &&
          (e.details.writeOffIds as string[]).some((id) => ids.includes(id)),
      );
    if (!journaled) await journalDone(deps, decider, customer.code, repeated, ids, [], []);
    return {
      kind: 'already_done',
      customer: customer.legalName,
      customerCode: customer.code,
      written: repeated,
    };
  }
  const closing = written.filter((w) => w.closes).length;
  const rows =
    closing > 0
      ? await closeRows(
          deps,
          decider,
          customer.code,
          () => ({ status: 'withdrawn', note: { kind: 'no_longer_due' } }),
          closing,
        )
      : [];
  await journalDone(deps, decider, customer.code, written, ids, undo, rows);
  return { kind: 'done', customer: customer.legalName, customerCode: customer.code, written };
}

async function journalDone(
  deps: WriteOffDependencies,
  decider: Decider,
  customerCode: string,
  written: WrittenOff[],
  ids: string[],
  undo: UndoRecord[],
  undoRows: unknown[],
): Promise<void> {
  await deps.stores.journal.append({
    actor: decider.actor,
    action: WRITTEN_OFF_ACTION,
    target: { customerCodes: [customerCode], invoiceNumbers: written.map((w) => w.invoice) },
    details: {
      source: 'customer_card',
      writeOffs: written,
      total: written.reduce((s, w) => s + w.amount, 0),
      writeOffIds: ids,
      ...(undo.length ? { undo, undoRows } : {}),
    },
    outcome: 'ok',
  });
}
