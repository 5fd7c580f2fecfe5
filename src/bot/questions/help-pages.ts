/**
 * « Que puis-je demander ? »: every family of questions with its examples (src/i18n's
 * `questionFamilies`, the README's list), page by page — whole families, about a dozen examples a
 * page — each example a button that asks it (ASK_VERB), « Voir la suite » / « Page précédente »
 * re-running the help query with the page (QUESTION_VERB, like the answers' pages). Each page stays
 * under Teams' 28 KB.
 */
import { fr } from '../../i18n/fr';
import type { QuestionFamily } from '../../i18n/fr/question-examples';
import { cardSize, expandCard, MAX_CARD_BYTES, type CardJson } from '../card-templates';
import { ASK_VERB, QUESTION_VERB, type Choice } from './answer-card';

/** About this many examples a page (a family is never split). */
export const EXAMPLES_PER_PAGE = 12;
/** Room left under Teams' limit for what the host adds around a card. */
const MARGIN_BYTES = 1024;

/** The families, grouped into pages in order, whole families only. */
export function helpPages(families: readonly QuestionFamily[]): QuestionFamily[][] {
  const pages: QuestionFamily[][] = [];
  let current: QuestionFamily[] = [];
  let examples = 0;
  for (const family of families) {
    if (current.length > 0 && examples + family.examples.length > EXAMPLES_PER_PAGE) {
      pages.push(current);
      current = [];
      examples = 0;
    }
    current.push(family);
    examples += family.examples.length;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** The button that opens the help's first page (on the general help card, after a failure). */
export function allQuestionsChoice(): Choice {
  return { title: fr.questionHelp.allQuestions, verb: QUESTION_VERB, data: { q: { intent: 'help' } } };
}

/** One page of the help (clamped to the pages there are). */
export function buildHelpCard(lawFirm: string, page = 0): CardJson {
  const pages = helpPages(fr.questionFamilies(lawFirm));
  const current = Math.min(Math.max(0, page), pages.length - 1);
  const navigation: Choice[] = [];
  if (current > 0) {
    navigation.push({
      title: fr.questions.buttons.previous,
      verb: QUESTION_VERB,
      data: { q: { intent: 'help' }, p: current - 1 },
    });
  }
  if (current < pages.length - 1) {
    navigation.push({
      title: fr.questions.buttons.next(current + 2, pages.length),
      verb: QUESTION_VERB,
      data: { q: { intent: 'help' }, p: current + 1 },
    });
  }
  const card = expandCard('question-help', {
    headline: fr.questionHelp.headline,
    subtitle: fr.questionHelp.subtitle,
    families: pages[current]!.map((family) => ({
      title: family.title,
      examples: family.examples.map((e) => ({ title: e.text, verb: ASK_VERB, data: { text: e.text } })),
    })),
    pageInfo: pages.length > 1 ? fr.questionHelp.page(current + 1, pages.length) : '',
    pages: navigation,
  });
  if (cardSize(card) > MAX_CARD_BYTES - MARGIN_BYTES) throw new Error('help card too large');
  return card;
}
