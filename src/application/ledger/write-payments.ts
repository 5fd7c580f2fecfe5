/**
 * The payments of a valid file, each recorded once (its id comes from its content) and applied to
 * its invoice: a partial payment lowers the balance, a full one closes the invoice, an
 * overpayment is kept and noted.
 */
import { formatDateShortFr } from '../../domain/calendar-date';
import { applyPayment, type Payment } from '../../domain/ledger';
import { cents, formatEuros } from '../../domain/money';
import { importNotices } from '../../i18n/import-report';
import type { Stores } from '../ports';
import { forEachConcurrently } from './concurrently';
import type { ReadValidRows, WriteOutcome } from './import-writing';

type PaymentStores = Pick<Stores, 'payments' | 'invoices'> & Partial<Pick<Stores, 'lateFees'>>;
/** Penalty invoice numbers → their bill: payments of those go to the bill (« encaissé »). */
type PenaltyIndex = ReadonlyMap<string, { customerCode: string; billId: string }>;

/** Payments read from the file before they are applied: what is held at once. */
const BATCH = 2_000;
const CONCURRENCY = 16;

export async function writePayments(
  stores: PaymentStores,
  rows: ReadValidRows<Payment>,
  outcome: WriteOutcome,
  penalties: PenaltyIndex = new Map(),
): Promise<void> {
  let done = 0;
  let batch: Payment[] = [];
  const flush = async () => {
    // Payments of one invoice are applied in file order (batches follow each other); different
    // invoices in parallel.
    const byInvoice = new Map<string, Payment[]>();
    for (const payment of batch) {
      const list = byInvoice.get(payment.invoiceNumber);
      if (list) list.push(payment);
      else byInvoice.set(payment.invoiceNumber, [payment]);
    }
    batch = [];
    await forEachConcurrently([...byInvoice.values()], CONCURRENCY, async (payments) => {
      for (const payment of payments) {
        const bill = penalties.get(payment.invoiceNumber);
        if (bill && stores.lateFees)
          await applyToBill({ payments: stores.payments, lateFees: stores.lateFees }, payment, bill, outcome);
        else await apply(stores, payment, outcome);
        outcome.progress(++done);
      }
    });
  };
  for await (const { record } of rows()) {
    batch.push(record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}

async function apply(stores: PaymentStores, payment: Payment, outcome: WriteOutcome): Promise<void> {
  const isNew = await stores.payments.record(payment);
  let applied = false;
  const after = await stores.invoices.modify(payment.customerCode, payment.invoiceNumber, (current) => {
    const next = applyPayment(current, payment);
    applied = next !== null;
    return next;
  });
  if (applied) outcome.counts.created++;
  else if (isNew) outcome.counts.updated++;
  else outcome.counts.unchanged++;
  if (applied && after && after.amountPaid > after.amountInclTax) {
    outcome.notices.add(
      importNotices.overpaid(
        payment.invoiceNumber,
        formatEuros(cents(after.amountPaid - after.amountInclTax)),
        formatDateShortFr(payment.date),
      ),
    );
  }
}

/** A payment of a penalty invoice: recorded, counted once on its bill (paid once it covers it). */
async function applyToBill(
  stores: Pick<Stores, 'payments' | 'lateFees'>,
  payment: Payment,
  bill: { customerCode: string; billId: string },
  outcome: WriteOutcome,
): Promise<void> {
  const isNew = await stores.payments.record(payment);
  let applied = false;
  await stores.lateFees.modifyBill(bill.customerCode, bill.billId, (current) => {
    const ids = current.collectedPaymentIds ?? [];
    if (ids.includes(payment.id)) return null;
    applied = true;
    const collected = cents(current.collected + payment.amount);
    return {
      ...current,
      collected,
      collectedPaymentIds: [...ids, payment.id],
      collectedOn: current.collectedOn ?? (collected >= current.total ? payment.date : null),
    };
  });
  if (applied) outcome.counts.created++;
  else if (isNew) outcome.counts.updated++;
  else outcome.counts.unchanged++;
}
