/**
 * The dossier's sections a lawyer reads to act (seed 004): the payments received with their dates,
 * the text of each reminder e-mail as sent, the letters by reference to their piece, and the
 * debtor's answers as the journal holds them — in words, never internal codes. Pure.
 */
import { formatDateLongFr, formatDateShortFr } from '../domain/calendar-date';
import type { JournalEntry } from '../domain/journal';
import type { Invoice, Payment } from '../domain/ledger';
import { formatEuros } from '../domain/money';
import { historyRows } from '../i18n/journal-history';
import type { DossierPiece } from '../application/ports';

/** The journal's codes that record what the debtor said or did (a call's notes, a dispute…). */
const ANSWER_ACTIONS: ReadonlySet<string> = new Set([
  'customer.called',
  'customer.answered',
  'invoice.disputed',
  'dispute.resolved',
  'dispute.lifted',
  'promise.recorded',
  'plan.agreed',
  'salesrep.answered',
  'salesrep.answer_accepted',
  'formal_notice.received',
  'formal_notice.unclaimed',
  'formal_notice.returned',
]);

/** The order and delivery references of the claimed invoices, when the export gave any. */
export function referencesView(invoices: readonly Invoice[]) {
  return invoices
    .filter((i) => i.orderRef || i.deliveryRef)
    .map((i) => ({ number: i.number, order: i.orderRef ?? '—', delivery: i.deliveryRef ?? '—' }));
}

export function paymentsView(payments: readonly Payment[] | undefined) {
  if (!payments) return null;
  const sorted = [...payments].sort(
    (a, b) => a.date.localeCompare(b.date) || a.invoiceNumber.localeCompare(b.invoiceNumber),
  );
  return {
    any: sorted.length > 0,
    total: formatEuros(sorted.reduce((s, p) => s + p.amount, 0) as Payment['amount']),
    rows: sorted.map((p) => ({
      date: formatDateShortFr(p.date),
      invoice: p.invoiceNumber,
      amount: formatEuros(p.amount),
      how: [p.method, p.reference].filter((x): x is string => !!x && x.trim() !== '').join(' — ') || '—',
    })),
  };
}

/** Each reminder e-mail as sent (subject and text kept by the journal), oldest first. */
export function sentEmailsView(journal: readonly JournalEntry[]) {
  return journal
    .filter((e) => e.outcome === 'ok' && e.action === 'email.sent' && typeof e.details?.text === 'string')
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => ({
      date: formatDateLongFr(e.date),
      step: typeof e.details?.step === 'string' ? e.details.step : '',
      to: Array.isArray(e.details?.to) ? (e.details.to as string[]).join(', ') : '',
      subject: typeof e.details?.subject === 'string' ? e.details.subject : '',
      paragraphs: String(e.details?.text)
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    }));
}

/** The letters sent, by reference to their piece in the bordereau (« pièce n° 9 »). */
export function lettersView(pieces: readonly DossierPiece[]) {
  return pieces
    .filter((p) => /^Lettre de (relance|mise en demeure)/.test(p.title))
    .map((p) => ({ number: p.number, title: p.title, attached: p.attached }));
}

/** What the debtor said or did, as the journal holds it (calls' notes, disputes, promises…). */
export function answersView(journal: readonly JournalEntry[]) {
  return historyRows(journal)
    .filter((r) => ANSWER_ACTIONS.has(r.action))
    .map((r) => ({ date: r.shortDate, label: r.label, note: r.note ?? '—', actor: r.actor }));
}
