/** What a decision of the customer's card came to, in French, next to the form that made it. */
import type { CustomerOutcome, CustomerRefusal } from '../domain/customer-decisions';
import { formatDateShortFr } from '../domain/calendar-date';
import { formatEuros } from '../domain/money';
import { customerCard, customerOutcomes as t } from './fr/customer';
import { insolvencyTexts } from './fr/insolvency';
import { journalLabel } from './journal';
import { transitionRefusalText, type TextContext } from './reasons';

export function customerRefusalText(refusal: CustomerRefusal, texts: TextContext): string {
  switch (refusal.code) {
    case 'plan_total':
      return t.planTotal(formatEuros(refusal.total), formatEuros(refusal.balance));
    case 'changed_since':
      return t.changedSince(refusal.invoices.join(', '));
    case 'invoices_refused':
      return t.invoicesRefused(refusal.refusals.map((r) => transitionRefusalText(r, texts)).join(' ; '));
    case 'insolvency_invalid':
      return `${insolvencyTexts.invalidPrefix}${refusal.invalid.map((i) => insolvencyTexts.invalid[i]).join(' ; ')}.`;
    default:
      return t.refused[refusal.code] ?? insolvencyTexts.refused[refusal.code] ?? refusal.code;
  }
}

export function customerOutcomeText(outcome: CustomerOutcome, texts: TextContext): string {
  if (outcome.kind === 'refused') return `${t.prefix}${customerRefusalText(outcome.refusal, texts)}`;
  const d = outcome.done;
  let text: string;
  switch (d.kind) {
    case 'call_logged':
      text = t.call(customerCard.form.callOutcomes[d.outcome] ?? d.outcome);
      break;
    case 'promised':
      text = t.promised(
        d.invoices.length,
        formatDateShortFr(d.date),
        d.amount === null ? null : formatEuros(d.amount),
      );
      break;
    case 'disputed':
      text = t.disputed(d.invoice);
      break;
    case 'dispute_lifted':
      text = t.lifted(d.invoice);
      break;
    case 'postponed':
      text = t.postponed(d.invoices.length, formatDateShortFr(d.until));
      break;
    case 'plan_agreed':
      text = t.plan(d.invoice, d.installments);
      break;
    case 'paid':
      text = t.paid(d.invoice, formatEuros(d.amount), formatDateShortFr(d.date), d.settled);
      break;
    case 'answer_accepted':
      text = t.accepted(d.answer, d.invoices.length);
      break;
    case 'undone':
      text = t.undone(journalLabel(d.action));
      break;
    case 'insolvency_recorded':
      text = insolvencyTexts.recorded(d.updated, d.frozen, d.withdrawn);
      break;
    case 'declaration_recorded':
      text = insolvencyTexts.declarationRecorded(formatDateShortFr(d.date));
      break;
    case 'declaration_generated':
      text = insolvencyTexts.declarationGenerated(d.invoices, formatEuros(d.total), d.representative);
      break;
  }
  if (outcome.notApplied.length > 0)
    text += t.notApplied(outcome.notApplied.map((r) => transitionRefusalText(r, texts)).join(' ; '));
  return text;
}
