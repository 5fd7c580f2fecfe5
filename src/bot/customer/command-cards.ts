/**
 * The cards that confirm a writing command typed in the chat, before anything changes: a dispute
 * (its reason asked), a promise (« Enregistrer la promesse de paiement de … au … pour … ? », the
 * invoices to choose when only the customer was named), another name for a customer. Their buttons
 * are the customer card's own decisions (verbs of ./verbs.ts), so the same checks and journal
 * apply. Pure: cards/confirm-command.json lays them out.
 */
import { formatDateLongFr, formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import type { Customer, Invoice } from '../../domain/ledger';
import { formatEuros, type Cents } from '../../domain/money';
import { chatCommands as t } from '../../i18n/fr/chat-commands';
import { expandCard, type CardJson } from '../card-templates';
import { shown } from '../card-text';
import { CUSTOMER_VERBS } from './verbs';

export interface OpenInvoiceLine {
  invoice: Pick<Invoice, 'number' | 'dueDate'>;
  balance: Cents;
}

const back = (customer: Pick<Customer, 'code'>) => ({ customer: customer.code });

export function buildDisputeConfirmCard(customer: Customer, line: OpenInvoiceLine): CardJson {
  return expandCard('confirm-command', {
    title: t.dispute.title(shown(line.invoice.number), shown(customer.legalName)),
    lines: [t.dispute.line(formatEuros(line.balance), formatDateShortFr(line.invoice.dueDate))],
    invoices: null,
    reason: { id: 'disputeReason', label: t.dispute.reason, placeholder: t.dispute.placeholder },
    confirm: t.dispute.confirm,
    verb: CUSTOMER_VERBS.dispute,
    data: { customer: customer.code, disputeInvoice: line.invoice.number },
    cancel: t.cancel,
    back: back(customer),
  });
}

/** The amount as the promise form reads it back (« 1200,50 »). */
function typedAmount(amount: Cents): string {
  return (amount / 100).toFixed(2).replace('.', ',');
}

export function buildPromiseConfirmCard(
  customer: Customer,
  promise: { date: CalendarDate; amount?: Cents },
  invoices: { one: OpenInvoiceLine } | { among: readonly OpenInvoiceLine[] },
): CardJson {
  const what =
    'one' in invoices
      ? t.promise.oneInvoice(shown(invoices.one.invoice.number), formatEuros(invoices.one.balance))
      : t.promise.chosenInvoices;
  const choices =
    'among' in invoices
      ? invoices.among.map((l) => ({
          title: `${shown(l.invoice.number)} — ${formatEuros(l.balance)}`,
          value: l.invoice.number,
        }))
      : null;
  return expandCard('confirm-command', {
    title: t.promise.title(shown(customer.legalName), formatDateLongFr(promise.date), what),
    lines: [
      promise.amount !== undefined ? t.promise.amount(formatEuros(promise.amount)) : t.promise.noAmount,
    ],
    invoices: choices
      ? {
          id: 'promiseInvoices',
          label: t.promise.invoices,
          value: choices.map((c) => c.value).join(','),
          choices,
        }
      : null,
    reason: null,
    confirm: t.promise.confirm,
    verb: CUSTOMER_VERBS.promise,
    data: {
      customer: customer.code,
      promiseDate: promise.date,
      ...(promise.amount !== undefined ? { promiseAmount: typedAmount(promise.amount) } : {}),
      ...('one' in invoices ? { promiseInvoices: invoices.one.invoice.number } : {}),
    },
    cancel: t.cancel,
    back: back(customer),
  });
}

export function buildAliasConfirmCard(customer: Customer, alias: string): CardJson {
  const existing = customer.aliases ?? [];
  return expandCard('confirm-command', {
    title: t.alias.title(shown(alias), shown(customer.legalName)),
    lines: [
      t.alias.line,
      ...(existing.length > 0 ? [t.alias.existing(shown(existing.join(', '), 300))] : []),
    ],
    invoices: null,
    reason: null,
    confirm: t.alias.confirm,
    verb: CUSTOMER_VERBS.alias,
    data: { customer: customer.code, alias },
    cancel: t.cancel,
    back: back(customer),
  });
}
