/**
 * The cards of a question that leads to no figure, on the answer template: which customer was
 * meant, what was understood of a question that was not, why a past date gives no figure — and the
 * examples of questions.
 */
import { formatDateLongFr, type CalendarDate } from '../../domain/calendar-date';
import { fr } from '../../i18n/fr';
import { helpView } from '../../questions/intents/help/answer';
import type { Understood } from '../../questions/parser/parse-question';
import type { StructuredQuery } from '../../questions/query';
import { intentAnswer } from '../../questions/registry';
import { understoodText } from '../../questions/view/filters-text';
import type { CardJson } from '../card-templates';
import { shown } from '../card-text';
import { expandAnswerCard, QUESTION_VERB, renderAnswerCard } from './answer-card';

const t = fr.questions;

/** « Que puis-je demander ? »: the examples; the same card whoever asks, so it is built here. */
export function buildHelpCard(): CardJson {
  return renderAnswerCard(helpView(), null, 0);
}

/** « Plusieurs clients correspondent » with one button per customer, re-running the query with it. */
export function buildCustomerChoiceCard(
  mention: string,
  query: StructuredQuery,
  candidates: ReadonlyArray<{ code: string; name: string }>,
): CardJson {
  return expandAnswerCard({
    headline: t.whichCustomer(shown(mention)),
    choices: candidates.map((c) => ({
      title: c.name,
      verb: QUESTION_VERB,
      data: { q: { ...query, customerCodes: [...(query.customerCodes ?? []), c.code] } },
    })),
  });
}

/** What was understood of a question that led to no figure, with examples. */
export function buildNotUnderstoodCard(understood: Understood): CardJson {
  const examples = t.examples.slice(0, 6);
  return expandAnswerCard({
    headline: t.notUnderstood,
    subtitle: understoodText(understood) ?? '',
    linesTitle: t.examplesTitle,
    lines: examples.map((e) => `« ${e.question} » — ${e.answer}`),
  });
}

/** A snapshot asked at a past date: said plainly, with a button for today's figure. */
export function buildPastCutOffCard(query: StructuredQuery & { asOf: CalendarDate }): CardJson {
  const rule = intentAnswer(query.intent).cutOff;
  const what = rule.kind === 'snapshot' ? rule.what : t.whatOf.aged_balance;
  const { asOf: _asOf, ...today } = query;
  return expandAnswerCard({
    headline: t.pastCutOff(what, formatDateLongFr(query.asOf)),
    choices: [{ title: t.todayInstead, verb: QUESTION_VERB, data: { q: today } }],
  });
}
