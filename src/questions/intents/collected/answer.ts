/** « Encaissé ce mois »: the payments received over a period (the current month by default). */
import { minDate, monthsBetween, type CalendarDate } from '../../../domain/calendar-date';
import { lateFeeFigures, type LateFeeFigures } from '../../../domain/late-fees';
import { lateFeeKpiNote } from '../../../i18n/late-fees';
import { cents, sumCents, type Cents } from '../../../domain/money';
import { fr } from '../../../i18n/fr';
import { customerRef, type AnswerContext } from '../../answer-context';
import { COLLECTED_MAX_MONTHS, monthToDate } from '../../definitions';
import { never, withDefaultPeriod, type IntentAnswer, type QueryWithPeriod } from '../../intent-answer';
import type { Period } from '../../query';
import type { AnswerBase, CustomerRef } from '../../results';
import { inScope } from '../../scope';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { eur, periodText } from '../../view/formats';

const t = fr.questions;

export interface CollectedAnswer extends AnswerBase<'collected'> {
  period: Period;
  total: Cents;
  count: number;
  byCustomer: Array<{ customer: CustomerRef; amount: Cents; count: number }>;
  shortened: boolean;
  /** Penalties on invoices paid late over the period: billed, collected, waived. */
  lateFees?: LateFeeFigures;
}

async function answerCollected(query: QueryWithPeriod, context: AnswerContext): Promise<CollectedAnswer> {
  const all = monthsBetween(query.period.from, minDate(query.period.to, context.today));
  const months = all.slice(-COLLECTED_MAX_MONTHS);
  const payments = (await Promise.all(months.map((m) => context.sources.payments.listByMonth(m))))
    .flat()
    .filter(
      (p) =>
        p.date >= query.period.from &&
        p.date <= query.period.to &&
        inScope(context.scope, p.customerCode) &&
        (!query.customerCodes || query.customerCodes.includes(p.customerCode)) &&
        (!query.risk || customerRef(context, p.customerCode).risk === query.risk),
    );
  const byCustomer = new Map<string, { amount: number; count: number }>();
  for (const p of payments) {
    const entry = byCustomer.get(p.customerCode) ?? { amount: 0, count: 0 };
    entry.amount += p.amount;
    entry.count++;
    byCustomer.set(p.customerCode, entry);
  }
  const lateFees = await lateFeesOver(query, context, payments);
  return {
    ...(lateFees ? { lateFees } : {}),
    intent: 'collected',
    query,
    today: context.today,
    period: query.period,
    total: sumCents(payments, (p) => p.amount),
    count: payments.length,
    byCustomer: [...byCustomer]
      .map(([code, e]) => ({ customer: customerRef(context, code), amount: cents(e.amount), count: e.count }))
      .sort((a, b) => b.amount - a.amount || a.customer.code.localeCompare(b.customer.code)),
    shortened: months.length < all.length,
  };
}

/** The late-fee figures of the period, for everyone who sees every customer. */
async function lateFeesOver(
  query: QueryWithPeriod,
  context: AnswerContext,
  payments: ReadonlyArray<{ invoiceNumber: string; date: CalendarDate; amount: Cents }>,
): Promise<LateFeeFigures | undefined> {
  const source = context.sources.lateFees;
  if (!source || query.customerCodes || query.risk) return undefined;
  const [bills, waivers, numbers] = await Promise.all([
    source.listBills(),
    source.listWaivers(),
    source.listNumberIndex(),
  ]);
  const mine = (code: string) => inScope(context.scope, code);
  return lateFeeFigures(
    bills.filter((b) => mine(b.customerCode)),
    waivers.filter((w) => mine(w.customerCode)),
    payments.filter((p) => numbers.has(p.invoiceNumber)),
    query.period.from,
    query.period.to,
  );
}

function collectedView(answer: CollectedAnswer, { filters }: ViewContext): AnswerView {
  return {
    headline: t.headlines.collected(eur(answer.total), periodText(answer.period), answer.count),
    subtitle: filters,
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.customer, 5),
          col(t.columns.amount, 3, 'Right'),
          col(t.columns.payments, 2, 'Right'),
        ],
        rows: answer.byCustomer.map((r) => [r.customer.name, eur(r.amount), String(r.count)]),
      },
    ],
    notes: [
      ...(answer.lateFees ? [lateFeeKpiNote(answer.lateFees)] : []),
      t.definitions.collected,
      t.notes.collectedSource,
      ...(answer.shortened ? [t.notes.collectedShortened(COLLECTED_MAX_MONTHS)] : []),
    ],
  };
}

export const collectedAnswer: IntentAnswer<CollectedAnswer> = {
  cutOff: { kind: 'year_to_date' },
  readsOpenInvoices: never,
  execute: withDefaultPeriod(monthToDate, answerCollected),
  view: collectedView,
};
