/**
 * « Passer en perte » on the customer's card: the form (invoices, reason, details, amount, date),
 * then a card to confirm what will be written off (« Vérifier avant de confirmer »), whose button
 * is the decision. Pure: cards/customer.json and cards/confirm-command.json lay them out.
 */
import type { OpenInvoice } from '../../application/customer/customer-file';
import type { CalendarDate } from '../../domain/calendar-date';
import { balanceOf, WRITE_OFF_REASONS, type Customer, type Invoice } from '../../domain/ledger';
import { cents, formatEuros, sumCents } from '../../domain/money';
import type { WriteOff } from '../../domain/ledger';
import { frenchTypography } from '../../i18n/typography';
import { WRITE_OFF_REASON_LABELS, writeOffCard as t, writeOffReasonText } from '../../i18n/write-off';
import { expandCard, type CardJson } from '../card-templates';
import { shown } from '../card-text';

export const WRITE_OFF_VERBS = {
  review: 'customer.write_off_review',
  confirm: 'customer.write_off',
} as const;

/** The form's data on the customer card (null: nothing open, or the viewer may not). */
export function writeOffForm(
  open: readonly OpenInvoice[],
  today: CalendarDate,
  data: Record<string, unknown>,
): Record<string, unknown> | null {
  if (open.length === 0) return null;
  return {
    data,
    today,
    invoices: open.map((i) => ({
      title: `${shown(i.invoice.number)} — ${formatEuros(i.balance)}`,
      value: i.invoice.number,
    })),
    firstInvoice: open[0]!.invoice.number,
    reasons: WRITE_OFF_REASONS.map((r) => ({ title: WRITE_OFF_REASON_LABELS[r], value: r })),
    labels: {
      ...t,
      invoicesHint: frenchTypography(t.invoicesHint),
      noteLabel: frenchTypography(t.noteLabel),
      notePlaceholder: frenchTypography(t.notePlaceholder),
      amountPlaceholder: frenchTypography(t.amountPlaceholder),
    },
  };
}

/** What the confirmation shows: each invoice's write-off as it will be applied. */
export interface WriteOffPreview {
  customer: Customer;
  lines: Array<{ invoice: Invoice; writeOff: Omit<WriteOff, 'by'> }>;
  /** What the confirm button sends back (the form's values, the date resolved). */
  data: Record<string, unknown>;
  lawFirm: string;
}

export function buildWriteOffConfirmCard(preview: WriteOffPreview): CardJson {
  const first = preview.lines[0]!.writeOff;
  const total = sumCents(preview.lines, (l) => l.writeOff.amount);
  const inFirm = preview.lines.filter((l) => l.invoice.status === 'litigation');
  return expandCard('confirm-command', {
    title: t.confirmTitle(shown(preview.customer.legalName)),
    lines: [
      frenchTypography(
        t.summary(
          preview.lines.length,
          formatEuros(total),
          first.date,
          shown(writeOffReasonText(first.reason, first.note), 300),
        ),
      ),
      ...preview.lines.map((l) =>
        frenchTypography(
          t.line(
            shown(l.invoice.number),
            formatEuros(l.writeOff.amount),
            l.writeOff.closes ? null : formatEuros(cents(balanceOf(l.invoice) - l.writeOff.amount)),
          ),
        ),
      ),
      ...(inFirm.length
        ? [
            frenchTypography(
              t.litigationWarning(inFirm.map((l) => shown(l.invoice.number)).join(', '), preview.lawFirm),
            ),
          ]
        : []),
      frenchTypography(t.confirmWarning),
    ],
    invoices: null,
    reason: null,
    confirm: t.confirm,
    verb: WRITE_OFF_VERBS.confirm,
    data: preview.data,
    cancel: t.back,
    back: { customer: preview.customer.code, ...(preview.data.day ? { day: preview.data.day } : {}) },
  });
}
