/** « Échéanciers »: the payment plans in progress, with the next installment not yet covered. */
import type { CalendarDate } from '../../../domain/calendar-date';
import type { Invoice } from '../../../domain/ledger';
import { cents, type Cents } from '../../../domain/money';
import { fr } from '../../../i18n/fr';
import { invoiceLine, type AnswerContext } from '../../answer-context';
import { watchDate, watchList, watchView, type WatchAnswer, type WatchLine } from '../../answers/watch-list';
import { always, type IntentAnswer } from '../../intent-answer';
import { col } from '../../view/answer-view';
import { eur } from '../../view/formats';

const t = fr.questions;

/** The next installment of a plan not yet covered by what was paid since the plan started. */
function nextInstallment(invoice: Invoice): { date: CalendarDate; amount: Cents } | null {
  const hold = invoice.dunning.hold;
  if (hold?.kind !== 'plan') return null;
  let covered = invoice.amountPaid - hold.paidAtStart;
  for (const installment of hold.installments) {
    if (covered >= installment.amount) {
      covered -= installment.amount;
      continue;
    }
    return { date: installment.dueDate, amount: cents(installment.amount - Math.max(0, covered)) };
  }
  return null;
}

function onAPlan(invoice: Invoice, context: AnswerContext): WatchLine | null {
  const hold = invoice.dunning.hold;
  if (hold?.kind !== 'plan') return null;
  const next = nextInstallment(invoice);
  return {
    invoice: invoiceLine(context, invoice),
    date: next?.date ?? null,
    detail: String(hold.installments.length),
    amount: next?.amount ?? null,
    state: next && next.date < context.today ? 'due' : 'upcoming',
  };
}

export const paymentPlansAnswer: IntentAnswer<WatchAnswer<'payment_plans'>> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.payment_plans },
  readsOpenInvoices: always,
  execute: (query, context) => watchList('payment_plans', { lineOf: onAPlan }, query, context),
  view: (answer, { filters }) =>
    watchView(
      answer,
      filters,
      t.headlines.paymentPlans(answer.items.length, eur(answer.total)),
      [col(t.columns.nextInstallment, 3), col(t.columns.installment, 3, 'Right')],
      (w) => [
        `${watchDate(w.date)}${w.state === 'due' ? ` (${t.watchState.due})` : ''}`,
        w.amount === null ? '—' : eur(w.amount),
      ],
      4,
    ),
};
