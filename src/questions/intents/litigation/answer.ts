/** « Qu’est-ce qui est chez Aptos ? »: the invoices handed to the law firm, with their transfer date. */
import type { Invoice } from '../../../domain/ledger';
import { fr } from '../../../i18n/fr';
import { invoiceLine, type AnswerContext } from '../../answer-context';
import { watchDate, watchList, watchView, type WatchAnswer, type WatchLine } from '../../answers/watch-list';
import { always, type IntentAnswer } from '../../intent-answer';
import { col } from '../../view/answer-view';
import { eur } from '../../view/formats';

const t = fr.questions;

function atTheLawFirm(invoice: Invoice, context: AnswerContext): WatchLine | null {
  if (invoice.status !== 'litigation') return null;
  const line = invoiceLine(context, invoice);
  return { invoice: line, date: invoice.dunning.lastStepDate, detail: null, amount: null, state: 'open' };
}

export const litigationAnswer: IntentAnswer<WatchAnswer<'litigation'>> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.litigation },
  readsOpenInvoices: always,
  execute: (query, context) => watchList('litigation', { lineOf: atTheLawFirm }, query, context),
  view: (answer, { filters }) =>
    watchView(
      answer,
      filters,
      t.headlines.litigation(answer.items.length, eur(answer.total)),
      [col(t.columns.transferred, 3)],
      (w) => [watchDate(w.date)],
    ),
};
