/**
 * The card a sales rep receives before their customer is escalated — and when it is: the client,
 * the invoices, the balance and lateness, what was already sent, the planned transfer date, what
 * it means for the relationship, and the answers they can give the credit controller.
 */
import { addDays, daysBetween, formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import type { LawFirm } from '../../domain/identity';
import { balanceOf, type Customer, type Invoice } from '../../domain/ledger';
import { cents, formatEuros } from '../../domain/money';
import type { JournalEntry } from '../../domain/journal';
import { historyRows } from '../../i18n/journal-history';
import { fr } from '../../i18n/fr';
import type { SalesNotice } from '../../domain/sales-notices';
import type { NoticeFreshness } from '../../domain/sales-notice-freshness';
import { expandCard, type CardJson } from '../card-templates';
import { shown } from '../card-text';

export const SALES_VERBS = {
  agreement: 'sales.agreement',
  dispute: 'sales.dispute',
  calling: 'sales.calling',
  callResult: 'sales.callResult',
  nothing: 'sales.nothing',
  refresh: 'sales.refresh',
} as const;

export interface SalesCardInput {
  notice: SalesNotice;
  customer: Customer;
  invoices: readonly Invoice[];
  journal: readonly JournalEntry[];
  lawFirm: LawFirm;
  today: CalendarDate;
  /** Whether the notice is still true today: a late or re-read notice is rewritten, without buttons. */
  freshness?: NoticeFreshness;
  /** The rep's Teams id, when known: their client refreshes the card by itself. */
  repUserId?: string | null;
}

/** How the rep's answer reads, on their card (`who` null: « Vous ») and on the controller's. */
export function answerText(notice: SalesNotice, who: string | null): string {
  const a = notice.answer;
  const t = fr.sales.answers;
  if (!a) return '';
  if (who === null && a.kind === 'calling' && a.outcome) return t.calledByYou(shown(a.outcome));
  const name = who ?? fr.sales.you;
  switch (a.kind) {
    case 'agreement':
      return t.agreement(name, formatDateShortFr(a.expectedDate));
    case 'dispute':
      return t.dispute(name, shown(a.reason));
    case 'calling':
      return a.outcome ? t.called(name, shown(a.outcome)) : t.calling(name);
    case 'nothing':
      return t.nothing(name);
  }
}

/** What the notice says happens, as true on the day it is read. */
function introOf(input: SalesCardInput, freshness: NoticeFreshness): string {
  const { notice, lawFirm, today } = input;
  const planned = notice.plannedTransfer ? formatDateShortFr(notice.plannedTransfer) : '';
  switch (freshness.kind) {
    case 'settled':
      return fr.sales.later.settled;
    case 'transferred':
      return freshness.on && freshness.on < today
        ? fr.sales.later.transferredOn(lawFirm.name, formatDateShortFr(freshness.on))
        : fr.sales.intros.transferred(lawFirm.name);
    case 'notice_sent':
      return fr.sales.later.noticeSent(formatDateShortFr(freshness.on), lawFirm.name, planned);
    case 'current':
      return fr.sales.intros[notice.stage](lawFirm.name, planned);
  }
}

export function buildSalesCard(input: SalesCardInput): CardJson {
  const { notice, customer, invoices, today } = input;
  const t = fr.sales;
  const balance = cents(invoices.reduce((s, i) => s + balanceOf(i), 0));
  const maxLate = Math.max(0, ...invoices.map((i) => daysBetween(i.dueDate, today)));
  // Not « key »: the Playground's renderer writes a React `key` onto action data and fails on ours.
  const ref = { customer: customer.code, notice: notice.key };
  const freshness = input.freshness ?? { kind: 'current' };
  const transferred = notice.stage === 'transferred' || freshness.kind === 'transferred';
  const settled = freshness.kind === 'settled';
  const forms =
    transferred || settled
      ? []
      : notice.answer?.kind === 'calling' && !notice.answer.outcome
        ? [
            {
              inputType: 'text',
              inputId: 'outcome',
              label: t.callResultLabel,
              placeholder: t.callResultPlaceholder,
              button: t.callResultButton,
              verb: SALES_VERBS.callResult,
              style: 'positive',
            },
          ]
        : notice.answer
          ? []
          : [
              {
                inputType: 'date',
                inputId: 'expectedDate',
                label: t.agreementLabel,
                value: addDays(today, 7),
                button: t.agreementButton,
                verb: SALES_VERBS.agreement,
                style: 'positive',
              },
              {
                inputType: 'text',
                inputId: 'reason',
                label: t.disputeLabel,
                placeholder: t.disputePlaceholder,
                button: t.disputeButton,
                verb: SALES_VERBS.dispute,
                style: 'destructive',
              },
              { inputType: 'none', button: t.callingButton, verb: SALES_VERBS.calling, style: 'default' },
              { inputType: 'none', button: t.nothingButton, verb: SALES_VERBS.nothing, style: 'default' },
            ];
  return expandCard('sales-notice', {
    title: settled
      ? t.later.settledTitle(shown(customer.legalName))
      : t.titles[transferred ? 'transferred' : notice.stage](shown(customer.legalName)),
    intro: introOf(input, freshness),
    facts: [
      { title: t.facts.invoices, value: shown(invoices.map((i) => i.number).join(', '), 300) },
      { title: t.facts.balance, value: formatEuros(balance) },
      { title: t.facts.late, value: t.daysLate(maxLate) },
      ...(notice.plannedTransfer && !transferred && !settled
        ? [{ title: t.facts.planned, value: formatDateShortFr(notice.plannedTransfer) }]
        : []),
      ...(transferred
        ? [
            {
              title: t.facts.contact,
              value: t.firmContact(input.lawFirm.contact.name, input.lawFirm.name, input.lawFirm.email),
            },
          ]
        : []),
    ],
    historyTitle: t.historyTitle,
    history: historyRows(input.journal)
      .filter(
        (r) =>
          r.step !== null ||
          r.action.startsWith('email') ||
          r.action.includes('notice') ||
          r.action.startsWith('letter'),
      )
      .slice(-6)
      .map(
        (r) =>
          `${r.shortDate} — ${shown(r.label, 300)}${r.registeredMailNumber ? ` (LRAR n° ${shown(r.registeredMailNumber)})` : ''}`,
      ),
    meaning: settled ? '' : transferred ? t.meaningTransferred : t.meaning,
    answered: answerText(notice, null),
    forms: forms.map((f) => ({ value: '', placeholder: '', inputId: '', label: '', ...f, data: ref })),
    // Universal Actions: a card with a refresh section is the one Teams clients run Action.Execute on.
    refresh: {
      title: fr.digest.buttons.refresh,
      data: ref,
      userIds: input.repUserId ? [input.repUserId] : [],
    },
  });
}
