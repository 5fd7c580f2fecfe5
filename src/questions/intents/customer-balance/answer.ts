/**
 * « Combien nous doit Biocoop ? »: a customer's receivables (due or not), the overdue part, what it
 * paid over the last twelve months, and the last entries of its journal. Without a customer, the
 * question is what everyone owes: the aged balance answers it.
 */
import { addDays } from '../../../domain/calendar-date';
import { sumCents, type Cents } from '../../../domain/money';
import type { JournalEntry } from '../../../domain/journal';
import { journalLabel } from '../../../i18n/journal';
import { fr } from '../../../i18n/fr';
import { customerRef, invoiceLine, type AnswerContext } from '../../answer-context';
import { isReceivable } from '../../definitions';
import { never, type IntentAnswer } from '../../intent-answer';
import { matchesFilters } from '../../invoice-filters';
import type { StructuredQuery } from '../../query';
import type { AnswerBase, CustomerRef, InvoiceLine } from '../../results';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { filtersLine } from '../../view/filters-text';
import { eur, lateText, parisTime, short } from '../../view/formats';

const t = fr.questions;

export interface CustomerBalanceAnswer extends AnswerBase<'customer_balance'> {
  customers: CustomerRef[];
  /** Receivables (due or not), oldest due date first. */
  invoices: InvoiceLine[];
  total: Cents;
  overdue: Cents;
  overdueCount: number;
  /** Invoices paid (closed) over the last twelve months, for context. */
  paidLastYear: { count: number; amount: Cents };
  /** The journal of the customer(s), newest first (a few entries). */
  history: JournalEntry[];
  historyCount: number;
}

const HISTORY_SHOWN = 5;

async function customerBalance(
  query: StructuredQuery,
  context: AnswerContext,
): Promise<CustomerBalanceAnswer> {
  const codes = query.customerCodes ?? [];
  const invoices = await context.reads.ofCustomers(codes);
  const receivables = invoices.filter((i) => isReceivable(i) && matchesFilters(i, query, context));
  const lines = receivables
    .map((i) => invoiceLine(context, i))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
  const overdue = lines.filter((l) => l.daysLate > 0);
  const yearAgo = addDays(context.today, -365);
  const paid = invoices.filter(
    (i) => i.status === 'paid' && i.closedOn !== null && i.closedOn > yearAgo && i.closedOn <= context.today,
  );
  const journal: JournalEntry[] = (
    await Promise.all(codes.map((c) => context.sources.journal.listForCustomer(c)))
  ).flat();
  const history = [...new Map(journal.map((e) => [e.id, e])).values()].sort((a, b) =>
    b.id.localeCompare(a.id),
  );
  return {
    intent: 'customer_balance',
    query,
    today: context.today,
    customers: codes.map((c) => customerRef(context, c)),
    invoices: lines,
    total: sumCents(lines, (l) => l.balance),
    overdue: sumCents(overdue, (l) => l.balance),
    overdueCount: overdue.length,
    paidLastYear: { count: paid.length, amount: sumCents(paid, (i) => i.amountInclTax) },
    history: history.slice(0, HISTORY_SHOWN),
    historyCount: history.length,
  };
}

/** Customers by name (the answer's customers are known to `names`), never by their code. */
function journalLine(entry: JournalEntry, names: (code: string) => string): string {
  const about = [
    ...(entry.target.customerCodes ?? []).map(names),
    ...(entry.target.invoiceNumbers ?? []),
  ].join(', ');
  return `${short(entry.date)} ${parisTime(entry.at)} — ${journalLabel(entry.action)} — ${entry.actor.name}${about ? ` — ${about}` : ''}`;
}

function customerBalanceView(answer: CustomerBalanceAnswer, { names }: ViewContext): AnswerView {
  const name = answer.customers.map((c) => c.name).join(', ');
  const several = answer.customers.length > 1;
  const headline =
    answer.total === 0
      ? t.headlines.customerOwesNothing(name, several)
      : answer.overdueCount === 0
        ? t.headlines.customerOwesNothingLate(name, several, eur(answer.total))
        : t.headlines.customerOwes(
            name,
            several,
            eur(answer.total),
            eur(answer.overdue),
            answer.overdueCount,
          );
  // The customers are in the headline: the filters line says the other filters only.
  const { customerCodes: _c, ...others } = answer.query;
  return {
    headline,
    subtitle: filtersLine(others, names),
    facts: [
      { title: t.facts.total, value: eur(answer.total) },
      { title: t.facts.overdue, value: eur(answer.overdue) },
      { title: t.facts.openInvoices, value: String(answer.invoices.length) },
      {
        title: t.facts.paidLastYear,
        value: t.facts.paidLastYearValue(answer.paidLastYear.count, eur(answer.paidLastYear.amount)),
      },
    ],
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.invoice, 3),
          col(t.columns.dueDate, 3),
          col(t.columns.late, 2, 'Right'),
          col(t.columns.balance, 3, 'Right'),
          col(t.columns.status, 3),
        ],
        rows: answer.invoices.map((l) => [
          l.number,
          short(l.dueDate),
          lateText(l.daysLate),
          eur(l.balance),
          t.invoiceStatus[l.status],
        ]),
      },
    ],
    linesTitle: answer.history.length > 0 ? t.notes.historyTitle : '',
    lines: [
      ...answer.history.map((entry) => journalLine(entry, names)),
      ...(answer.historyCount > answer.history.length
        ? [t.notes.historyMore(answer.historyCount - answer.history.length)]
        : []),
    ],
    notes: [t.definitions.unpaid],
  };
}

export const customerBalanceAnswer: IntentAnswer<CustomerBalanceAnswer> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.customer_balance },
  readsOpenInvoices: never,
  // « combien nous doit-on ? » about nobody in particular: what everyone owes.
  redirect: (query) => (query.customerCodes ? null : { ...query, intent: 'aged_balance' }),
  execute: customerBalance,
  view: customerBalanceView,
};
