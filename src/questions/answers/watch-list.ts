/**
 * The watch lists (litigation, promises, disputes, payment plans): receivables in one situation,
 * each with what is watched (a date, a detail, an amount, a state). Every list is read and shown the
 * same way — customer, invoice, what is watched, balance — only the middle differs, which each
 * intent gives (intents/<intent>/answer.ts).
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Invoice } from '../../domain/ledger';
import { sumCents, type Cents } from '../../domain/money';
import { fr } from '../../i18n/fr';
import { byUrgency, type AnswerContext } from '../answer-context';
import type { StructuredQuery } from '../query';
import type { AnswerBase, InvoiceLine } from '../results';
import { col, type AnswerView, type Column } from '../view/answer-view';
import { eur, short } from '../view/formats';
import { receivablesFor } from './receivables';

const t = fr.questions;

export type WatchIntent = 'litigation' | 'promises' | 'disputes' | 'payment_plans';

export interface WatchLine {
  invoice: InvoiceLine;
  /** Promised date, next installment date, transfer date, or the dispute's start. */
  date: CalendarDate | null;
  /** The dispute's reason; the installment's amount as text is the card's job. */
  detail: string | null;
  amount: Cents | null;
  state: 'due' | 'upcoming' | 'broken' | 'open';
}

export interface WatchAnswer<I extends WatchIntent = WatchIntent> extends AnswerBase<I> {
  items: WatchLine[];
  total: Cents;
}

export interface WatchRule {
  /** The invoice's line in the list, or null when the invoice is not in this situation. */
  lineOf(invoice: Invoice, context: AnswerContext): WatchLine | null;
  /** The question's period is about the watched date (a promise's), not the invoice's due date. */
  periodOnWatchedDate?: boolean;
}

export async function watchList<I extends WatchIntent>(
  intent: I,
  rule: WatchRule,
  query: StructuredQuery,
  context: AnswerContext,
): Promise<WatchAnswer<I>> {
  const { period, ...rest } = query;
  const filters = rule.periodOnWatchedDate ? rest : query;
  const items = (await receivablesFor(filters, context))
    .map((i) => rule.lineOf(i, context))
    .filter((w): w is WatchLine => w !== null)
    .filter(
      (w) =>
        !rule.periodOnWatchedDate ||
        !period ||
        (w.date !== null && w.date >= period.from && w.date <= period.to),
    )
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byUrgency(a.invoice, b.invoice));
  return { intent, query, today: context.today, items, total: sumCents(items, (w) => w.invoice.balance) };
}

export const watchDate = (date: CalendarDate | null) => (date ? short(date) : '—');

/** Customer, invoice, what is watched (`middle`, one cell each), balance. */
export function watchView(
  answer: WatchAnswer,
  filters: string | undefined,
  headline: string,
  middle: Column[],
  cells: (line: WatchLine) => string[],
  customerWidth = 5,
): AnswerView {
  return {
    headline,
    subtitle: filters,
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.customer, customerWidth),
          col(t.columns.invoice, 3),
          ...middle,
          col(t.columns.balance, 3, 'Right'),
        ],
        rows: answer.items.map((w) => [
          w.invoice.customer.name,
          w.invoice.number,
          ...cells(w),
          eur(w.invoice.balance),
        ]),
      },
    ],
  };
}
