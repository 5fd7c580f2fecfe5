/**
 * « Vouliez-vous dire le client … ? » under an answer given without a word that may also name
 * customers (« fais le point sur les impayés », « Restaurant Au Bon Point »): one button per
 * customer, re-running the same query with it (Action.Execute, as « Voir la suite »).
 */
import { fr } from '../../i18n/fr';
import type { CustomerChoice } from '../../questions/parser/parse-question';
import type { StructuredQuery } from '../../questions/query';
import { shown } from '../card-text';
import { QUESTION_VERB, type Suggestion } from './answer-card';

export function didYouMeanSuggestion(
  query: StructuredQuery,
  didYouMean: { mention: string; candidates: readonly CustomerChoice[] } | undefined,
): Suggestion | undefined {
  if (!didYouMean || didYouMean.candidates.length === 0) return undefined;
  const names = didYouMean.candidates.map((c) => shown(c.name));
  return {
    line: fr.questions.didYouMean(names),
    choices: didYouMean.candidates.map((c, i) => ({
      title: names[i]!,
      verb: QUESTION_VERB,
      data: { q: { ...query, customerCodes: [c.code] } },
    })),
  };
}
