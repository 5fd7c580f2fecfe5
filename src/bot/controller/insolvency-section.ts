/**
 * « Procédures collectives » on the day's card: each customer under collective proceedings with
 * invoices issued before the judgment, the claim declaration's deadline (or that the BODACC date
 * is to be entered, or that the claim is foreclosed), a reminder to tell the firm when the file is
 * there, and « Préparer la déclaration de créance ». Pure.
 */
import { formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import type { InsolvencyWatch } from '../../domain/insolvency';
import { cents, formatEuros } from '../../domain/money';
import { customerCard } from '../../i18n/fr/customer';
import { insolvencyKinds, insolvencyTexts as t } from '../../i18n/fr/insolvency';
import { shown } from '../card-text';
import { declarationLine } from '../customer/insolvency-view';
import { CUSTOMER_VERBS } from '../customer/verbs';

export const INSOLVENCY_SECTION = 'insolvencies';

export function insolvencySection(
  all: readonly InsolvencyWatch[],
  page: readonly InsolvencyWatch[],
  sectionButtons: Array<{ title: string; verb: string; data: Record<string, unknown> }>,
  day: CalendarDate,
  canAct: boolean,
  lawFirm: string,
) {
  return {
    key: INSOLVENCY_SECTION,
    title: t.digest.title,
    summary: t.digest.summary(all.length, formatEuros(cents(all.reduce((s, i) => s + i.total, 0)))),
    rows: page.map((item) => {
      const declared = item.declaration.kind === 'declared';
      return {
        heading: t.digest.row(
          shown(item.customerName),
          insolvencyKinds[item.proceedings.kind],
          formatDateShortFr(item.proceedings.judgmentDate),
        ),
        detail: t.digest.amount(item.frozen.length, formatEuros(item.total)),
        notes: [
          ...(declared ? [] : [declarationLine(item.declaration)]),
          ...(item.atLawFirm ? [t.banner.lawFirm(lawFirm)] : []),
        ],
        status: declared ? declarationLine(item.declaration) : '',
        style: item.declaration.kind === 'foreclosed' ? ('attention' as const) : ('default' as const),
        input: null,
        buttons: [
          ...(canAct && !declared
            ? [
                {
                  type: 'Action.Execute' as const,
                  title: t.digest.prepare,
                  verb: CUSTOMER_VERBS.claimDeclaration,
                  style: 'positive' as const,
                  data: { customer: item.customerCode, day },
                },
              ]
            : []),
          {
            type: 'Action.Execute' as const,
            title: customerCard.buttons.customerCard,
            verb: CUSTOMER_VERBS.open,
            style: 'default' as const,
            data: { customer: item.customerCode, day },
          },
        ],
        flash: null,
      };
    }),
    sectionButtons,
    flash: null,
  };
}
