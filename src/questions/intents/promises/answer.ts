/**
 * « Promesses échues »: the promises to pay, due (the promised date has come) or upcoming, and the
 * promises broken (lapsed, the invoice back in dunning). « Promesses de novembre » is about the
 * promised date, not the invoice's due date.
 */
import type { Invoice } from '../../../domain/ledger';
import { fr } from '../../../i18n/fr';
import { invoiceLine, type AnswerContext } from '../../answer-context';
import { watchDate, watchList, watchView, type WatchAnswer, type WatchLine } from '../../answers/watch-list';
import { always, type IntentAnswer } from '../../intent-answer';
import { col } from '../../view/answer-view';
import { eur } from '../../view/formats';

const t = fr.questions;

function promised(invoice: Invoice, context: AnswerContext): WatchLine | null {
  const hold = invoice.dunning.hold;
  if (hold?.kind === 'promise') {
    const state = hold.promisedDate <= context.today ? 'due' : 'upcoming';
    return {
      invoice: invoiceLine(context, invoice),
      date: hold.promisedDate,
      detail: null,
      amount: null,
      state,
    };
  }
  const alert = invoice.dunning.alert;
  return !hold && alert?.kind === 'broken_promise'
    ? {
        invoice: invoiceLine(context, invoice),
        date: alert.since,
        detail: null,
        amount: null,
        state: 'broken',
      }
    : null;
}

export const promisesAnswer: IntentAnswer<WatchAnswer<'promises'>> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.promises },
  readsOpenInvoices: always,
  execute: (query, context) =>
    watchList('promises', { lineOf: promised, periodOnWatchedDate: true }, query, context),
  view: (answer, { filters }) =>
    watchView(
      answer,
      filters,
      t.headlines.promises(
        answer.items.length,
        answer.items.filter((w) => w.state !== 'upcoming').length,
        eur(answer.total),
      ),
      [col(t.columns.promised, 3), col(t.columns.state, 2)],
      (w) => [watchDate(w.date), t.watchState[w.state]],
    ),
};
