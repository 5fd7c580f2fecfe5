/**
 * « Pénalités de retard à facturer » on the day's card: one row per customer whose penalties on
 * invoices paid late reach the threshold — the invoices, the amount, « Envoyer la facture de
 * pénalités » and « Renoncer » (with an optional reason). The buttons carry the customer's code and
 * the invoice numbers shown: the server re-reads and refuses when they are no longer billable.
 */
import type { DailyDigest } from '../../application/day/digest';
import type { LateFeeProposal } from '../../application/late-fees/proposals';
import { cents, formatEuros } from '../../domain/money';
import { lateFeeCard } from '../../i18n/late-fees';
import { shown } from '../card-text';
import {
  flashView,
  type Paginate,
  type RowView,
  type SectionOptions,
  type SectionView,
} from './section-view';

export const LATE_FEES_SECTION = 'late-fees';

export const LATE_FEE_VERBS = {
  bill: 'lateFees.bill',
  waive: 'lateFees.waive',
} as const;

/** The id of the reason's input on a customer's row. */
export function lateFeeReasonInputId(customerCode: string): string {
  return `lateFeeReason|${customerCode}`;
}

/**
 * Invoices listed on a row, one after the other (a card's text block is one paragraph); the rest
 * are counted (the card stays small).
 */
const LINES_SHOWN = 5;

function row(proposal: LateFeeProposal, date: string, options: SectionOptions): RowView {
  const { billable } = proposal;
  const lines = billable.lines
    .slice(0, LINES_SHOWN)
    .map((l) => lateFeeCard.line(shown(l.number), l.paidOn, l.daysLate, formatEuros(l.total)));
  if (billable.lines.length > LINES_SHOWN) lines.push(lateFeeCard.more(billable.lines.length - LINES_SHOWN));
  const data = {
    date,
    customer: proposal.customerCode,
    invoices: billable.lines.map((l) => l.number),
    pages: options.pages ?? {},
  };
  const flash = options.flash;
  return {
    heading: lateFeeCard.heading(shown(proposal.customerName), formatEuros(billable.total)),
    detail: [
      lateFeeCard.detail(
        billable.lines.length,
        formatEuros(billable.interest),
        formatEuros(billable.indemnity),
      ),
      ...lines,
    ].join(' · '),
    notes: [],
    status: '',
    style: 'default',
    input: options.canAct
      ? {
          id: lateFeeReasonInputId(proposal.customerCode),
          label: lateFeeCard.reasonLabel,
          placeholder: lateFeeCard.reasonPlaceholder,
        }
      : null,
    buttons: options.canAct
      ? [
          {
            type: 'Action.Execute',
            title: lateFeeCard.bill,
            verb: LATE_FEE_VERBS.bill,
            style: 'positive',
            data,
          },
          {
            type: 'Action.Execute',
            title: lateFeeCard.waive,
            verb: LATE_FEE_VERBS.waive,
            style: 'default',
            data,
          },
        ]
      : [],
    flash:
      flash && flash.at?.step === LATE_FEES_SECTION && flash.at.customer === proposal.customerCode
        ? flashView(flash)
        : null,
  };
}

export function lateFeeSection(
  digest: DailyDigest,
  options: SectionOptions,
  pageSize: number,
  paginate: Paginate,
): SectionView | null {
  const proposals = digest.lateFees ?? [];
  if (proposals.length === 0) return null;
  const { shown: page, buttons } = paginate(LATE_FEES_SECTION, proposals, pageSize);
  for (const b of buttons) b.data.date = digest.date;
  const total = cents(proposals.reduce((s, p) => s + p.billable.total, 0));
  const at = options.flash?.at;
  return {
    key: LATE_FEES_SECTION,
    title: lateFeeCard.section,
    summary: lateFeeCard.sectionSummary(proposals.length, formatEuros(total)),
    rows: page.map((p) => row(p, digest.date, options)),
    sectionButtons: buttons,
    flash:
      options.flash && at && !at.customer && at.step === LATE_FEES_SECTION ? flashView(options.flash) : null,
  };
}
