/** « Litiges ouverts »: the invoices under an open dispute, since when and why. */
import type { Invoice } from '../../../domain/ledger';
import { fr } from '../../../i18n/fr';
import { invoiceLine, type AnswerContext } from '../../answer-context';
import { watchDate, watchList, watchView, type WatchAnswer, type WatchLine } from '../../answers/watch-list';
import { always, type IntentAnswer } from '../../intent-answer';
import { col } from '../../view/answer-view';
import { eur } from '../../view/formats';

const t = fr.questions;

function disputed(invoice: Invoice, context: AnswerContext): WatchLine | null {
  const hold = invoice.dunning.hold;
  if (hold?.kind !== 'dispute') return null;
  const line = invoiceLine(context, invoice);
  return { invoice: line, date: hold.since, detail: hold.reason, amount: null, state: 'open' };
}

export const disputesAnswer: IntentAnswer<WatchAnswer<'disputes'>> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.disputes },
  readsOpenInvoices: always,
  execute: (query, context) => watchList('disputes', { lineOf: disputed }, query, context),
  view: (answer, { filters }) =>
    watchView(
      answer,
      filters,
      t.headlines.disputes(answer.items.length, eur(answer.total)),
      [col(t.columns.since, 3), col(t.columns.reason, 5)],
      (w) => [watchDate(w.date), w.detail ?? ''],
      4,
    ),
};
