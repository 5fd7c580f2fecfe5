/**
 * The interest of a claim period by period (`<periods/>` in a template), drawn like the invoice
 * table: per invoice its periods (from, to, base, rate, days, amount) and its total, rounded once;
 * a period whose rate is not published yet shows « taux non publié » and no amount.
 */
import { formatDateShortFr } from '../../domain/calendar-date';
import { roundHalfUpToCents } from '../../domain/late-penalties';
import { formatEuros } from '../../domain/money';
import { periodTable, ratePercent } from '../../i18n/penalties';
import type { Claim } from '../letter-data';
import type { CellModel, RowModel } from '../markup';

const textCell = (text: string, align: CellModel['align'] = 'left', span = 1): CellModel => ({
  runs: [{ text, bold: false, italic: false }],
  header: false,
  align,
  span,
});

export function periodTableRows(claim: Claim): { widths: number[]; rows: RowModel[] } {
  const rightFrom = 3;
  const rows: RowModel[] = [
    {
      kind: 'head',
      cells: periodTable.head.map((h, i) => ({
        ...textCell(h, i >= rightFrom ? 'right' : 'left'),
        header: true,
      })),
    },
  ];
  for (const line of claim.lines) {
    const spans = [
      ...line.periods.map((p) => ({ ...p, known: true as const })),
      ...line.missingRatePeriods.map((p) => ({ ...p, known: false as const })),
    ].sort((a, b) => a.from.localeCompare(b.from));
    if (spans.length === 0) continue;
    spans.forEach((span, i) => {
      rows.push({
        kind: 'body',
        cells: [
          textCell(i === 0 ? line.number : ''),
          textCell(formatDateShortFr(span.from)),
          textCell(formatDateShortFr(span.to)),
          textCell(formatEuros(span.base), 'right'),
          textCell(span.known ? ratePercent(span.rateBp) : periodTable.rateMissing, 'right'),
          textCell(String(span.days), 'right'),
          textCell(
            span.known ? formatEuros(roundHalfUpToCents(span.interestExact)) : periodTable.notCounted,
            'right',
          ),
        ],
      });
    });
    // A subtotal per invoice when there are several (the total row says it for one).
    if (claim.lines.length > 1)
      rows.push({
        kind: 'body',
        cells: [
          { ...textCell(periodTable.invoiceTotal(line.number), 'left', 6), header: true },
          { ...textCell(formatEuros(line.interest), 'right'), header: true },
        ],
      });
  }
  rows.push({
    kind: 'total',
    cells: [textCell(periodTable.total, 'left', 6), textCell(formatEuros(claim.totals.interest), 'right')],
  });
  return { widths: [18, 13, 13, 17, 15, 8, 16], rows };
}
