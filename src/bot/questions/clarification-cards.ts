/**
 * The cards of a question that leads to no figure, on the answer template: which customer was
 * meant, what was understood of a question that was not, why a past date gives no figure — and the
 * examples of questions.
 */
import { formatDateLongFr, type CalendarDate } from '../../domain/calendar-date';
import { fr } from '../../i18n/fr';
import type { Understood } from '../../questions/parser/parse-question';
import type { StructuredQuery } from '../../questions/query';
import { intentAnswer } from '../../questions/registry';
import { understoodText } from '../../questions/view/filters-text';
import type { CardJson } from '../card-templates';
import { shown } from '../card-text';
import { ASK_VERB, expandAnswerCard, QUESTION_VERB, type Choice } from './answer-card';
import { allQuestionsChoice } from './help-pages';

export { buildHelpCard } from './help-pages';

const t = fr.questions;

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

/** Each close example a button that asks it, then the way to every question. */
function examplesChoices(examples: readonly string[]): Choice[] {
  return [...examples.map((text) => ({ title: text, verb: ASK_VERB, data: { text } })), allQuestionsChoice()];
}

/**
 * What was understood of a question that led to no figure (period, amount, customer… in words),
 * and the examples closest to it (src/questions/close-examples.ts), each a button that asks it.
 */
export function buildNotUnderstoodCard(understood: Understood, examples: readonly string[]): CardJson {
  return expandAnswerCard({
    headline: t.notUnderstood,
    subtitle: understoodText(understood) ?? '',
    notes: [fr.questionHelp.closeTitle],
    choices: examplesChoices(examples),
  });
}

/**
 * A word taken for a customer that none of the asker's customers matches: said so, with what else
 * was understood, the same question for every customer (the way out), and close examples.
 */
export function buildUnknownCustomerCard(
  mention: string,
  query: StructuredQuery,
  examples: readonly string[],
): CardJson {
  const everyone: StructuredQuery =
    query.intent === 'customer_balance' && !query.customerCodes?.length
      ? { ...query, intent: 'aged_balance' }
      : query;
  return expandAnswerCard({
    headline: t.unknownCustomer(shown(mention)),
    subtitle: understoodText(query) ?? '',
    notes: [fr.questionHelp.closeTitle],
    choices: [
      { title: fr.questionHelp.everyCustomer, verb: QUESTION_VERB, data: { q: everyone } },
      ...examplesChoices(examples),
    ],
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
