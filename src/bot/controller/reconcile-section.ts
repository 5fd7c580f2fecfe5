/**
 * « Paiements à rapprocher » on the day's card: one row per bank credit the matching left to the
 * controller — date, payer, amount, what the payer wrote (shortened), the likely invoices best
 * first, a button « Affecter à F… » per candidate and « Pas un paiement client ». The buttons carry
 * the credit's key and the invoices shown: the server re-reads and refuses when they changed.
 */
import type { DailyDigest } from '../../application/day/digest';
import type { ReconcileItem } from '../../application/bank/reconcile';
import { cents, formatEuros } from '../../domain/money';
import { reconcileCard } from '../../i18n/bank';
import { shown } from '../card-text';
import {
  flashView,
  type Paginate,
  type RowView,
  type SectionOptions,
  type SectionView,
} from './section-view';

export const RECONCILE_SECTION = 'reconcile';

export const RECONCILE_VERBS = {
  assign: 'bank.assign',
  dismiss: 'bank.dismiss',
} as const;

/** Invoices named on a button before the others are counted. */
const NUMBERS_ON_BUTTON = 3;

function numbersOf(numbers: readonly string[]): string {
  const named = numbers
    .slice(0, NUMBERS_ON_BUTTON)
    .map((n) => shown(n))
    .join(', ');
  return numbers.length > NUMBERS_ON_BUTTON ? `${named}…` : named;
}

function row(item: ReconcileItem, date: string, options: SectionOptions): RowView {
  const base = { date, credit: item.key, pages: options.pages ?? {} };
  const detail = [
    ...(item.remittance ? [reconcileCard.remittance(shown(item.remittance))] : []),
    ...(item.candidates.length === 0
      ? [reconcileCard.noCandidate]
      : item.candidates.map((c) =>
          reconcileCard.candidate(
            numbersOf(c.allocations.map((a) => a.invoiceNumber)),
            shown(c.customerName),
            formatEuros(c.balance),
          ),
        )),
  ];
  const flash = options.flash;
  return {
    heading: reconcileCard.heading(
      shown(item.payer ?? reconcileCard.unknownPayer),
      formatEuros(item.amount),
      item.bookingDate,
    ),
    detail: detail.join(' · '),
    notes: [],
    status: '',
    style: 'default',
    input: null,
    buttons: options.canAct
      ? [
          ...item.candidates.map((c, i) => ({
            type: 'Action.Execute' as const,
            title: reconcileCard.assign(numbersOf(c.allocations.map((a) => a.invoiceNumber))),
            verb: RECONCILE_VERBS.assign,
            style: i === 0 ? ('positive' as const) : ('default' as const),
            data: { ...base, invoices: c.allocations.map((a) => a.invoiceNumber) },
          })),
          {
            type: 'Action.Execute',
            title: reconcileCard.notCustomer,
            verb: RECONCILE_VERBS.dismiss,
            style: 'default',
            data: base,
          },
        ]
      : [],
    flash:
      flash && flash.at?.step === RECONCILE_SECTION && flash.at.customer === item.key
        ? flashView(flash)
        : null,
  };
}

export function reconcileSection(
  digest: DailyDigest,
  options: SectionOptions,
  pageSize: number,
  paginate: Paginate,
): SectionView | null {
  const items = digest.reconcile ?? [];
  if (items.length === 0) return null;
  const { shown: page, buttons } = paginate(RECONCILE_SECTION, items, pageSize);
  for (const b of buttons) b.data.date = digest.date;
  const total = cents(items.reduce((s, i) => s + i.amount, 0));
  const at = options.flash?.at;
  return {
    key: RECONCILE_SECTION,
    title: reconcileCard.section,
    summary: reconcileCard.sectionSummary(items.length, formatEuros(total)),
    rows: page.map((i) => row(i, digest.date, options)),
    sectionButtons: buttons,
    flash:
      options.flash && at && !at.customer && at.step === RECONCILE_SECTION ? flashView(options.flash) : null,
  };
}
