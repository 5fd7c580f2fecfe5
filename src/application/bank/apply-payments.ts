/**
 * The payments a statement (or a « Affecter à … » click) makes, written in batches: the payments
 * recorded together (100 to a transaction where they share a partition) while each invoice is read once
 * (by ranges of adjacent customers when the caller knows every customer, as a statement does;
 * else a customer's partition, or a point read for one invoice) and all its payments applied to
 * it in memory, then every invoice saved through `saveMany`
 * (one transaction per customer partition, conditioned on the version read; the views after).
 * An invoice another writer changed meanwhile is applied again one payment at a time with
 * `modify`. Idempotent: a payment already applied to its invoice (same id) changes nothing, so
 * writing the same payments again — after a crash midway — completes without counting twice.
 */
import { formatDateShortFr } from '../../domain/calendar-date';
import { applyPayment, type Invoice, type Payment } from '../../domain/ledger';
import { cents, formatEuros } from '../../domain/money';
import { importNotices } from '../../i18n/import-report';
import type { InvoiceSave, Stores, Versioned } from '../ports';
import { forEachConcurrently, settledTogether } from '../ledger/concurrently';
import type { WriteOutcome } from '../ledger/import-writing';

type PaymentStores = Pick<Stores, 'payments' | 'invoices'>;

const READS_IN_FLIGHT = 16;

export interface ApplyOptions {
  /**
   * Every customer code there is (a statement has listed them already): the invoices to pay are
   * then read by ranges of adjacent customers, a few dozen queries for thousands of customers.
   */
  knownCustomers?: readonly string[];
  /**
   * Settled once the payments may be written (a statement's lines marked « applying »): the
   * invoices are read meanwhile, nothing is written before it, and nothing at all if it fails.
   */
  writable?: Promise<void>;
}

export async function applyPaymentsInBatches(
  stores: PaymentStores,
  payments: readonly Payment[],
  outcome: WriteOutcome,
  options: ApplyOptions = {},
): Promise<void> {
  if (payments.length === 0) return options.writable;
  // The payments' own rows and the invoices they change are written side by side (issue 19: the
  // storage always has work): both idempotent by the payment's id, so a crash in either is
  // completed by writing the same payments again.
  const writable = options.writable ?? Promise.resolve();
  await settledTogether([
    writable.then(() => stores.payments.recordMany(payments)),
    applyToInvoices(stores, payments, outcome, options, writable),
  ]);
}

/** Customers whose invoices are read, then saved, together (a statement's slices: read and written side by side). */
const SLICE_CUSTOMERS = 100;
const SLICES_IN_FLIGHT = 3;

type Group = { customerCode: string; number: string; payments: Payment[] };

async function applyToInvoices(
  stores: PaymentStores,
  payments: readonly Payment[],
  outcome: WriteOutcome,
  options: ApplyOptions,
  writable: Promise<void>,
): Promise<void> {
  const byInvoice = new Map<string, Group>();
  for (const payment of payments) {
    const key = `${payment.customerCode}\u0000${payment.invoiceNumber}`;
    const group = byInvoice.get(key);
    if (group) group.payments.push(payment);
    else
      byInvoice.set(key, {
        customerCode: payment.customerCode,
        number: payment.invoiceNumber,
        payments: [payment],
      });
  }
  // A customer with several invoices paid: its partition in one query; otherwise a point read.
  const byCustomer = new Map<string, Group[]>();
  for (const group of byInvoice.values()) {
    const list = byCustomer.get(group.customerCode);
    if (list) list.push(group);
    else byCustomer.set(group.customerCode, [group]);
  }
  const progress = { done: 0 };
  const known = options.knownCustomers;
  const applySlice = async (slice: readonly string[], everyone: readonly string[]) => {
    const all = new Map(
      (await stores.invoices.listByCustomersVersioned(slice, everyone)).map((v) => [
        `${v.value.customerCode}\u0000${v.value.number}`,
        v,
      ]),
    );
    const read = new Map<Group, Versioned<Invoice> | null>();
    for (const code of slice)
      for (const group of byCustomer.get(code)!)
        read.set(group, all.get(`${group.customerCode}\u0000${group.number}`) ?? null);
    await writable;
    await save(stores, read, outcome, progress);
  };
  if (known) {
    // By slices of adjacent customers, each read by ranges then saved while the next ones are
    // read (issue 19: the storage reads and writes at once instead of reading everything first).
    const codes = [...byCustomer.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const slices: string[][] = [];
    for (let at = 0; at < codes.length; at += SLICE_CUSTOMERS)
      slices.push(codes.slice(at, at + SLICE_CUSTOMERS));
    // A slice that fails stops the others taking new slices; its failure is thrown once every slice
    // under way ended (nothing still writing when this returns, as with `settledTogether`).
    let failure: { error: unknown } | null = null;
    await forEachConcurrently(slices, SLICES_IN_FLIGHT, async (slice) => {
      if (failure) return;
      try {
        await applySlice(slice, known);
      } catch (error) {
        failure ??= { error };
      }
    });
    if (failure) throw (failure as { error: unknown }).error;
    return;
  }
  const read = new Map<Group, Versioned<Invoice> | null>();
  await forEachConcurrently([...byCustomer.values()], READS_IN_FLIGHT, async (list) => {
    if (list.length === 1) {
      const group = list[0]!;
      read.set(group, await stores.invoices.getVersioned(group.customerCode, group.number));
      return;
    }
    const all = new Map(
      (await stores.invoices.listByCustomerVersioned(list[0]!.customerCode)).map((v) => [v.value.number, v]),
    );
    for (const group of list) read.set(group, all.get(group.number) ?? null);
  });
  await writable;
  await save(stores, read, outcome, progress);
}

/** The payments applied to the invoices read, saved together; those another writer changed meanwhile, again one by one. */
async function save(
  stores: PaymentStores,
  read: ReadonlyMap<Group, Versioned<Invoice> | null>,
  outcome: WriteOutcome,
  progress: { done: number },
): Promise<void> {
  const saves: InvoiceSave[] = [];
  const paymentsOf = new Map<string, Payment[]>();
  for (const [group, current] of read) {
    if (!current) {
      outcome.counts.unchanged += group.payments.length;
      continue;
    }
    let invoice = current.value;
    for (const payment of group.payments) {
      const next = applyPayment(invoice, payment);
      if (next) invoice = next;
    }
    if (invoice !== current.value) {
      saves.push({ next: invoice, previous: current });
      paymentsOf.set(invoice.number, group.payments);
    } else {
      outcome.counts.unchanged += group.payments.length;
      outcome.progress((progress.done += group.payments.length));
    }
  }

  const lost = new Set((await stores.invoices.saveMany(saves)).map((s) => s.next.number));
  for (const save of saves) {
    if (lost.has(save.next.number)) continue;
    countApplied(save.previous!.value, save.next, paymentsOf.get(save.next.number) ?? [], outcome);
    outcome.progress((progress.done += paymentsOf.get(save.next.number)?.length ?? 0));
  }
  // Another writer changed these invoices since they were read: each payment again, on a fresh read.
  await forEachConcurrently(
    saves.filter((s) => lost.has(s.next.number)),
    8,
    async (save) => {
      const list = paymentsOf.get(save.next.number) ?? [];
      let before: Invoice | null = null;
      let after: Invoice | null = null;
      for (const payment of list) {
        after = await stores.invoices.modify(save.next.customerCode, save.next.number, (current) => {
          before ??= current;
          return applyPayment(current, payment);
        });
      }
      if (before && after) countApplied(before, after, list, outcome);
      outcome.progress((progress.done += list.length));
    },
  );
}

function countApplied(before: Invoice, after: Invoice, payments: readonly Payment[], outcome: WriteOutcome) {
  for (const payment of payments) {
    if (before.appliedPaymentIds.includes(payment.id)) outcome.counts.unchanged++;
    else if (after.appliedPaymentIds.includes(payment.id)) outcome.counts.created++;
  }
  if (after.amountPaid > after.amountInclTax && after.amountPaid !== before.amountPaid) {
    const last = payments[payments.length - 1]!;
    outcome.notices.add(
      importNotices.overpaid(
        after.number,
        formatEuros(cents(after.amountPaid - after.amountInclTax)),
        formatDateShortFr(last.date),
      ),
    );
  }
}
