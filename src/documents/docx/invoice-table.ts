/**
 * The figures a letter claims, as the rows of its invoice table (`<invoices/>` in a template):
 * one row per invoice and a totals row, with the late-payment penalties for a business customer.
 */
import { formatDateShortFr } from '../../domain/calendar-date';
import { formatEuros } from '../../domain/money';
import { invoiceTable } from '../../i18n/letter-layout';
import { interestName } from '../../i18n/penalties';
import type { Claim } from '../letter-data';
import type { CellModel, RowModel } from '../markup';

const textCell = (text: string, align: CellModel['align'] = 'left', span = 1): CellModel => ({
  runs: [{ text, bold: false, italic: false }],
  header: false,
  align,
  span,
});

/**
 * The invoices of a letter: N° facture, date, échéance, TTC, réglé, reste dû, days late, and for a
 * business customer or a public buyer (or a consumer once interest runs) the interest to date —
 * of the periods whose rate is published — and the 40 € indemnity; a totals row.
 */
export function invoiceTableRows(claim: Claim): { widths: number[]; rows: RowModel[] } {
  const penalties = claim.claimsPenalties || claim.consumerInterest;
  // A consumer owes no indemnity (D441-5 is for professionals): no column for it.
  const indemnity = claim.claimsPenalties;
  const name = interestName[claim.customerType];
  const interestHead = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const head = [
    ...invoiceTable.head,
    ...(penalties ? [interestHead] : []),
    ...(indemnity ? invoiceTable.penaltiesHead.slice(1) : []),
  ];
  const rightFrom = 3;
  const rows: RowModel[] = [
    {
      kind: 'head',
      cells: head.map((h, i) => ({ ...textCell(h, i >= rightFrom ? 'right' : 'left'), header: true })),
    },
    ...claim.lines.map((line): RowModel => ({
      kind: 'body',
      cells: [
        textCell(line.number),
        textCell(formatDateShortFr(line.issueDate)),
        textCell(formatDateShortFr(line.dueDate)),
        textCell(formatEuros(line.amountInclTax), 'right'),
        textCell(formatEuros(line.amountPaid), 'right'),
        textCell(formatEuros(line.balance), 'right'),
        textCell(String(line.daysLate), 'right'),
        ...(penalties ? [textCell(formatEuros(line.interest), 'right')] : []),
        ...(indemnity ? [textCell(formatEuros(line.indemnity), 'right')] : []),
      ],
    })),
    {
      kind: 'total',
      cells: [
        textCell(invoiceTable.total, 'left', 3),
        textCell(formatEuros(claim.totals.amountInclTax), 'right'),
        textCell(formatEuros(claim.totals.amountPaid), 'right'),
        textCell(formatEuros(claim.totals.balance), 'right'),
        textCell('', 'right'),
        ...(penalties ? [textCell(formatEuros(claim.totals.interest), 'right')] : []),
        ...(indemnity ? [textCell(formatEuros(claim.totals.indemnity), 'right')] : []),
      ],
    },
  ];
  const widths = indemnity
    ? [22, 17, 17, 21, 19, 21, 13, 21, 19]
    : penalties
      ? [24, 18, 18, 22, 20, 22, 13, 21]
      : [26, 20, 20, 24, 22, 24, 14];
  return { widths, rows };
}
