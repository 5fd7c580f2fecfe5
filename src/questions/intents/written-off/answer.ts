/**
 * « Pertes cette année »: what was written off in a period (the current year by default), by the
 * date of the write-off, with its reason, against the same period one year earlier.
 */
import type { CalendarDate } from '../../../domain/calendar-date';
import type { WriteOffReason } from '../../../domain/ledger';
import { cents, sumCents, type Cents } from '../../../domain/money';
import { lossesOf } from '../../../domain/write-off';
import {
  UNKNOWN_WRITE_OFF_REASON,
  WRITE_OFF_REASON_LABELS,
  writeOffReasonText,
} from '../../../i18n/write-off';
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
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One loss: an invoice's write-off (or an invoice closed as written off before they were decisions). */
export interface LossLine {
  invoice: InvoiceLine;
  date: CalendarDate;
  amount: Cents;
  /** Null for an invoice imported as written off (no decision, no reason). */
  reason: WriteOffReason | null;
  note: string | null;
}

export interface WrittenOffAnswer extends AnswerBase<'written_off'> {
  period: Period;
  previousPeriod: Period;
  total: Cents;
  count: number;
  previousTotal: Cents;
  previousCount: number;
  /** The period's losses, largest first. */
  losses: LossLine[];
  /** The period's losses by reason (largest first; null: unknown, imported so). */
  byReason: Array<{ reason: WriteOffReason | null; total: Cents; count: number }>;
}

const within = (date: CalendarDate, period: Period) => date >= period.from && date <= period.to;

async function answerWrittenOff(query: QueryWithPeriod, context: AnswerContext): Promise<WrittenOffAnswer> {
  const period = query.period;
  const previous = previousYear(period);
  const filters = withoutPeriod(query);
  // The losses are the decisions (« passer en perte »), by the date of the write-off: the invoices
  // written off (in full), and the open ones written off in part. Closed invoices are not indexed by
  // closing date: the written-off ones of the whole history are read (the status filtered by the
  // storage), unless few customers.
  const few = context.reads.fewCustomers(query.customerCodes);
  const candidates = few
    ? await context.reads.ofCustomers(few)
    : [
        ...(await context.reads.writtenOff()),
        ...(await context.reads.open()).filter((i) => (i.writeOffs ?? []).length > 0),
      ];
  const current: LossLine[] = [];
  const before: LossLine[] = [];
  for (const invoice of candidates) {
    const losses = lossesOf(invoice).filter((l) => within(l.date, period) || within(l.date, previous));
    if (losses.length === 0 || !matchesFilters(invoice, filters, context)) continue;
    const line = invoiceLine(context, invoice);
    for (const loss of losses) {
      const note = (invoice.writeOffs ?? []).find(
        (w) => w.date === loss.date && w.amount === loss.amount,
      )?.note;
      (within(loss.date, period) ? current : before).push({ invoice: line, ...loss, note: note ?? null });
    }
  }
  const reasons = new Map<WriteOffReason | null, { total: number; count: number }>();
  for (const l of current) {
    const r = reasons.get(l.reason) ?? { total: 0, count: 0 };
    reasons.set(l.reason, { total: r.total + l.amount, count: r.count + 1 });
  }
  return {
    intent: 'written_off',
    query,
    today: context.today,
    period,
    previousPeriod: previous,
    total: sumCents(current, (l) => l.amount),
    count: current.length,
    previousTotal: sumCents(before, (l) => l.amount),
    previousCount: before.length,
    losses: current.sort((a, b) => b.amount - a.amount || a.invoice.number.localeCompare(b.invoice.number)),
    byReason: [...reasons.entries()]
      .map(([reason, r]) => ({ reason, total: cents(r.total), count: r.count }))
      .sort((a, b) => b.total - a.total),
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
      ...answer.byReason.map((r) => ({
        title: r.reason ? capitalise(WRITE_OFF_REASON_LABELS[r.reason]) : UNKNOWN_WRITE_OFF_REASON,
        value: `${eur(r.total)} — ${r.count}`,
      })),
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
          col(t.columns.customer, 4),
          col(t.columns.writtenOffOn, 3),
          col(t.columns.amount, 3, 'Right'),
          col(t.columns.reason, 4),
        ],
        rows: answer.losses.map((l) => [
          l.invoice.number,
          l.invoice.customer.name,
          short(l.date),
          eur(l.amount),
          l.reason ? writeOffReasonText(l.reason, l.note) : UNKNOWN_WRITE_OFF_REASON,
        ]),
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
