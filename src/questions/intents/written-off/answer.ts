/**
 * « Pertes cette année »: the invoices written off in a period (the current year by default), by
 * closing date, against the same period one year earlier.
 */
import { balanceOf, type Invoice } from '../../../domain/ledger';
import { sumCents, type Cents } from '../../../domain/money';
import { fr } from '../../../i18n/fr';
import { invoiceLine, type AnswerContext } from '../../answer-context';
import { calendarYear, previousYear } from '../../definitions';
import { never, withDefaultPeriod, type IntentAnswer, type QueryWithPeriod } from '../../intent-answer';
import { matchesFilters, withoutPeriod } from '../../invoice-filters';
import type { Period } from '../../query';
import type { AnswerBase, InvoiceLine } from '../../results';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { eur, percent, periodText, short } from '../../view/formats';

const t = fr.questions;

export interface WrittenOffAnswer extends AnswerBase<'written_off'> {
  period: Period;
  previousPeriod: Period;
  total: Cents;
  count: number;
  previousTotal: Cents;
  previousCount: number;
  invoices: InvoiceLine[];
}

async function answerWrittenOff(query: QueryWithPeriod, context: AnswerContext): Promise<WrittenOffAnswer> {
  const period = query.period;
  const previous = previousYear(period);
  const filters = withoutPeriod(query);
  const inEither = (i: Invoice) =>
    i.status === 'written_off' &&
    i.closedOn !== null &&
    ((i.closedOn >= period.from && i.closedOn <= period.to) ||
      (i.closedOn >= previous.from && i.closedOn <= previous.to));
  // Closed invoices are not indexed by closing date: the written-off ones of the whole history are
  // read (the status filtered by the storage), unless few customers.
  const few = context.reads.fewCustomers(query.customerCodes);
  const found = (few ? await context.reads.ofCustomers(few) : await context.reads.writtenOff()).filter(
    (i) => inEither(i) && matchesFilters(i, filters, context),
  );
  const current = found.filter((i) => i.closedOn! >= period.from && i.closedOn! <= period.to);
  const before = found.filter((i) => i.closedOn! >= previous.from && i.closedOn! <= previous.to);
  return {
    intent: 'written_off',
    query,
    today: context.today,
    period,
    previousPeriod: previous,
    total: sumCents(current, balanceOf),
    count: current.length,
    previousTotal: sumCents(before, balanceOf),
    previousCount: before.length,
    invoices: current
      .map((i) => invoiceLine(context, i))
      .sort((a, b) => b.balance - a.balance || a.number.localeCompare(b.number)),
  };
}

function writtenOffView(answer: WrittenOffAnswer, { filters }: ViewContext): AnswerView {
  const evolution =
    answer.previousTotal > 0
      ? percent((100 * (answer.total - answer.previousTotal)) / answer.previousTotal)
      : '—';
  return {
    headline: t.headlines.writtenOff(
      eur(answer.total),
      periodText(answer.period),
      eur(answer.previousTotal),
      periodText(answer.previousPeriod),
    ),
    subtitle: filters,
    facts: [
      { title: t.facts.invoicesWrittenOff, value: `${answer.count} (${periodText(answer.period)})` },
      {
        title: t.facts.previous(periodText(answer.previousPeriod)),
        value: `${eur(answer.previousTotal)} — ${answer.previousCount}`,
      },
      {
        title: t.facts.evolution,
        value: answer.total >= answer.previousTotal && evolution !== '—' ? `+${evolution}` : evolution,
      },
    ],
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.invoice, 3),
          col(t.columns.customer, 5),
          col(t.columns.dueDate, 3),
          col(t.columns.balance, 3, 'Right'),
        ],
        rows: answer.invoices.map((l) => [l.number, l.customer.name, short(l.dueDate), eur(l.balance)]),
      },
    ],
    notes: [t.definitions.writtenOff],
  };
}

export const writtenOffAnswer: IntentAnswer<WrittenOffAnswer> = {
  cutOff: { kind: 'year_to_date' },
  readsOpenInvoices: never,
  execute: withDefaultPeriod(calendarYear, answerWrittenOff),
  view: writtenOffView,
};
