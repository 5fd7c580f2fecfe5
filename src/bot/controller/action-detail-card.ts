/**
 * « Autres actions… » on a row: the action's invoices and the decisions that pause or close it —
 * postpone, dispute, promise to pay, paid, call made — each with its input. The card replaces the
 * digest for the clicker only (no refresh: other viewers keep the digest); « Retour » brings the
 * digest back.
 */
import type { DunningAction } from '../../domain/actions';
import { addDays, formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import { cents, formatEuros } from '../../domain/money';
import { fr, lateness } from '../../i18n/fr';
import { expandCard, type CardJson } from '../card-templates';
import { shown } from '../card-text';
import { customerCard } from '../../i18n/fr/customer';
import { CUSTOMER_VERBS } from '../customer/verbs';

export const ROW_VERBS = {
  postpone: 'row.postpone',
  dispute: 'row.dispute',
  promise: 'row.promise',
  paid: 'row.paid',
  call: 'row.call',
} as const;

/** Invoices listed one by one; the rest are counted (a card must stay under 28 KB). */
const MAX_INVOICES_LISTED = 40;

export function buildActionDetailCard(
  action: DunningAction,
  today: CalendarDate,
  pages: Record<string, number>,
  day: CalendarDate = action.date,
): CardJson {
  const ref = {
    date: action.date,
    customer: action.customerCode,
    step: action.step,
    pages,
    ...(day === action.date ? {} : { day }),
  };
  const t = fr.detail;
  const forms = [
    {
      title: t.postpone,
      inputType: 'date',
      inputId: 'until',
      label: t.postponeLabel,
      value: addDays(today, 7),
      button: t.postponeButton,
      verb: ROW_VERBS.postpone,
      style: 'default',
    },
    {
      title: t.promise,
      inputType: 'date',
      inputId: 'promisedDate',
      label: t.promiseLabel,
      value: addDays(today, 7),
      button: t.promiseButton,
      verb: ROW_VERBS.promise,
      style: 'default',
    },
    {
      title: t.dispute,
      inputType: 'text',
      inputId: 'reason',
      label: t.disputeLabel,
      placeholder: t.disputePlaceholder,
      button: t.disputeButton,
      verb: ROW_VERBS.dispute,
      style: 'destructive',
    },
    {
      title: t.call,
      inputType: 'text',
      inputId: 'note',
      label: t.callLabel,
      placeholder: t.callPlaceholder,
      button: t.callButton,
      verb: ROW_VERBS.call,
      style: 'default',
    },
    // A payment is recorded on the customer's card: its date, its amount, a confirmation, « Annuler ».
    {
      title: customerCard.detailPaid.title,
      inputType: 'none',
      button: customerCard.detailPaid.button,
      verb: CUSTOMER_VERBS.open,
      style: 'positive',
      data: { customer: action.customerCode, day },
    },
  ].map((form) => ({ value: '', placeholder: '', inputId: '', label: '', data: ref, ...form }));
  const listed = action.invoices.slice(0, MAX_INVOICES_LISTED);
  const others = action.invoices.slice(MAX_INVOICES_LISTED);
  return expandCard('action-detail', {
    title: t.title(shown(action.customerName), action.step),
    subtitle: t.subtitle(formatEuros(action.total), lateness(action.maxDaysLate)),
    invoices: [
      ...listed.map((i) => ({
        number: shown(i.number),
        text: t.invoiceLine(formatDateShortFr(i.dueDate), formatEuros(i.balance), lateness(i.daysLate)),
      })),
      ...(others.length > 0
        ? [
            {
              number: '…',
              text: t.moreInvoices(
                others.length,
                formatEuros(cents(others.reduce((s, i) => s + i.balance, 0))),
              ),
            },
          ]
        : []),
    ],
    forms,
    back: { title: t.back, data: { date: day, pages } },
  });
}
