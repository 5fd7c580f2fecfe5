/** The confirmation step before a file goes to the law firm: what goes, and what it means. */
import type { DunningAction } from '../../domain/actions';
import type { CalendarDate } from '../../domain/calendar-date';
import { formatEuros } from '../../domain/money';
import { fr, lateness } from '../../i18n/fr';
import { expandCard, type CardJson } from '../card-templates';
import { shown } from '../card-text';

export function buildConfirmTransferCard(
  action: DunningAction,
  lawFirmName: string,
  pages: Record<string, number>,
  warnings: string[] = [],
  day: CalendarDate = action.date,
): CardJson {
  const t = fr.confirmTransfer;
  return expandCard('confirm-transfer', {
    title: t.title(shown(action.customerName), lawFirmName),
    facts: [
      { title: t.invoices, value: shown(action.invoices.map((i) => i.number).join(', '), 300) },
      { title: t.balance, value: formatEuros(action.total) },
      { title: t.late, value: lateness(action.maxDaysLate) },
    ],
    warnings: warnings.map((w) => shown(w, 400)),
    consequence: t.consequence(lawFirmName),
    confirm: t.confirm,
    cancel: t.cancel,
    data: {
      date: action.date,
      customer: action.customerCode,
      step: action.step,
      pages,
      ...(day === action.date ? {} : { day }),
    },
    back: { date: day, pages },
  });
}
