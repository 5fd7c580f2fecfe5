/**
 * Which customers the day's card proposes to bill for invoices paid late: companies and public
 * buyers not waived on their card, whose billable total (see domain/paid-late.ts) reaches the
 * threshold. Read from the payments of the last twelve months (one partition per month), then each
 * candidate customer's invoices (one partition) — never the whole history.
 */
import { addMonths, monthsBetween, type CalendarDate } from '../../domain/calendar-date';
import type { Customer, Invoice } from '../../domain/ledger';
import type { Cents } from '../../domain/money';
import { billableLateFees, lookbackStart, type Billable } from '../../domain/paid-late';
import type { RateTable } from '../../domain/rate-table';
import type { Stores } from '../ports';

export type LateFeeStores = Pick<Stores, 'customers' | 'invoices' | 'payments' | 'lateFees'>;

export interface LateFeeProposal {
  customerCode: string;
  customerName: string;
  billable: Billable;
}

/** What may be billed to this customer today (its own invoices, payments, bills and waivers). */
export async function billableFor(
  stores: LateFeeStores,
  rates: RateTable,
  customer: Customer,
  today: CalendarDate,
): Promise<Billable> {
  // Closed after the due date and recently enough: a payment of the last 12 months closed it.
  const since = addMonths(lookbackStart(today), -1);
  const isCandidate = (i: Invoice) =>
    i.status === 'paid' && i.closedOn !== null && i.closedOn > i.dueDate && i.closedOn > since;
  const [invoices, settled] = await Promise.all([
    stores.invoices.listByCustomer(customer.code),
    stores.lateFees.settledInvoices(customer.code),
  ]);
  const candidates = invoices.filter((i) => isCandidate(i) && !settled.has(i.number));
  const payments = (await Promise.all(candidates.map((i) => stores.payments.listByInvoice(i.number)))).flat();
  return billableLateFees({ customer, invoices: candidates, payments, settled, today, rates });
}

export async function lateFeeProposals(
  deps: { stores: LateFeeStores; rates: RateTable; threshold: Cents },
  today: CalendarDate,
): Promise<LateFeeProposal[]> {
  const { stores } = deps;
  const months = monthsBetween(lookbackStart(today), today);
  const [paymentsByMonth, customers, waivers] = await Promise.all([
    Promise.all(months.map((m) => stores.payments.listByMonth(m))),
    stores.customers.list(),
    stores.lateFees.listCustomerWaivers(),
  ]);
  const paidCustomers = new Set(paymentsByMonth.flat().map((p) => p.customerCode));
  const waived = new Set(waivers.map((w) => w.customerCode));
  const concerned = customers.filter(
    (c) => c.type !== 'B2C' && paidCustomers.has(c.code) && !waived.has(c.code),
  );
  const proposals: LateFeeProposal[] = [];
  for (const customer of concerned) {
    const billable = await billableFor(stores, deps.rates, customer, today);
    if (billable.lines.length > 0 && billable.total >= deps.threshold)
      proposals.push({ customerCode: customer.code, customerName: customer.legalName, billable });
  }
  return proposals.sort(
    (a, b) => b.billable.total - a.billable.total || a.customerName.localeCompare(b.customerName),
  );
}
