/** « Qu’a-t-on fait hier ? »: the decision journal over a period (today by default), newest first. */
import { minDate } from '../../../domain/calendar-date';
import type { JournalEntry } from '../../../domain/journal';
import { journalLabel } from '../../../i18n/journal';
import { fr } from '../../../i18n/fr';
import { customerRef, type AnswerContext } from '../../answer-context';
import { JOURNAL_MAX_DAYS, lastDaysOf, todayOnly } from '../../definitions';
import { never, withDefaultPeriod, type IntentAnswer, type QueryWithPeriod } from '../../intent-answer';
import type { Period } from '../../query';
import type { AnswerBase, CustomerRef } from '../../results';
import { inScope } from '../../scope';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { parisTime, periodText, short } from '../../view/formats';

const t = fr.questions;

export interface JournalAnswer extends AnswerBase<'journal_activity'> {
  period: Period;
  entries: JournalEntry[];
  /** The customers the entries are about, so that the view names them (entries carry codes only). */
  customers: CustomerRef[];
  /** The period was longer than the journal reads at once: only its last days were read. */
  shortened: boolean;
}

/** Whether a sales rep may read a journal entry: only entries about their own customers. */
function visibleEntry(
  entry: JournalEntry,
  context: AnswerContext,
  customerCodes?: readonly string[],
): boolean {
  const codes = entry.target.customerCodes ?? [];
  if (customerCodes && !codes.some((c) => customerCodes.includes(c))) return false;
  return context.scope.kind === 'all' || codes.some((c) => inScope(context.scope, c));
}

async function answerJournal(query: QueryWithPeriod, context: AnswerContext): Promise<JournalAnswer> {
  const bounded: Period = { from: query.period.from, to: minDate(query.period.to, context.today) };
  const period = bounded.to < bounded.from ? bounded : lastDaysOf(bounded, JOURNAL_MAX_DAYS);
  const entries =
    period.to < period.from
      ? []
      : (await context.sources.journal.listForDays(period.from, period.to))
          .filter((e) => visibleEntry(e, context, query.customerCodes))
          .filter((e) => !query.step || e.details?.step === query.step)
          .sort((a, b) => b.id.localeCompare(a.id));
  const codes = [...new Set(entries.flatMap((e) => e.target.customerCodes ?? []))];
  return {
    intent: 'journal_activity',
    query,
    today: context.today,
    period: query.period,
    entries,
    customers: codes.map((code) => customerRef(context, code)),
    shortened: period.from !== bounded.from,
  };
}

function journalView(answer: JournalAnswer, { names, filters }: ViewContext): AnswerView {
  return {
    headline: t.headlines.journal(answer.entries.length, periodText(answer.period)),
    subtitle: filters,
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.when, 3),
          col(t.columns.what, 5),
          col(t.columns.who, 3),
          col(t.columns.about, 4),
        ],
        rows: answer.entries.map((e) => [
          `${short(e.date)} ${parisTime(e.at)}`,
          journalLabel(e.action),
          e.actor.name,
          [...(e.target.customerCodes ?? []).map(names), ...(e.target.invoiceNumbers ?? [])].join(', '),
        ]),
      },
    ],
    notes: answer.shortened ? [t.notes.journalShortened(JOURNAL_MAX_DAYS)] : [],
  };
}

export const journalActivityAnswer: IntentAnswer<JournalAnswer> = {
  cutOff: { kind: 'year_to_date' },
  readsOpenInvoices: never,
  execute: withDefaultPeriod(todayOnly, answerJournal),
  view: journalView,
};
