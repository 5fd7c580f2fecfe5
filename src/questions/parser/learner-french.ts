/**
 * French learnt as an adult, words in the order of the thought, articles and tenses left out (issue
 * 16, twenty-ninth round: a co-owner born in China), rewritten into the French the parser reads:
 * - « client doit nous » (nous doit), « moi faire quoi ? » (que dois-je faire ?);
 * - « retard moins 15 jour », « plus 60 jour » (de … jours: the bound was lost, the list given whole);
 *   « combien jour » (combien de jours);
 * - « payer moyenne » (payent en moyenne: the payment delay);
 * - « une facture nouvelle faire » (an invoice to make, not read as a figure).
 * Each rule is a whole phrase of such French; a customer's name is never rewritten.
 */
import { S } from './regex-fragments';
import { withWordRules, wordRule, type WordRule } from './word-rules';

const rule = wordRule;

const RULES: readonly WordRule[] = [
  rule(`doi(t|vent)${S}nous(?!${S}\\p{L}+(?:er|ir|re)(?![\\p{L}]))`, 'nous doi$1'),
  rule(`(?:moi|je)${S}(?:dois${S}|devoir${S})?faire${S}quoi`, 'que dois-je faire'),
  rule(`(plus|moins)${S}(\\d+)${S}?(?:j|jrs?|jours?)`, '$1 de $2 jours'),
  rule(`combien${S}(jours?|mois|factures?|clients?|litiges?|lettres?)`, 'combien de $1'),
  rule(`payer${S}(?:en${S})?moyenne`, 'payent en moyenne'),
  rule(
    `factures?${S}nouvelles?${S}(?:faire|cr[ée]er|faites)|(?:faire|cr[ée]er)${S}(?:une${S})?(?:nouvelle${S})?facture${S}nouvelle`,
    'créer une facture',
  ),
];

/** Words in an order or form only a learner types. */
const LEARNER =
  /doi(?:t|vent)\s+nous|(?:moi|je)\s+(?:dois\s+|devoir\s+)?faire\s+quoi|(?:plus|moins)\s+\d+\s*(?:j|jrs?|jours?)(?![\p{L}])|combien\s+(?:jours?|mois|factures?|clients?|litiges?|lettres?)(?![\p{L}])|payer\s+(?:en\s+)?moyenne|factures?\s+nouvelles?/iu;

/** The text with a learner's French in the French the parser reads. */
export function withLearnerFrench(text: string, isNameWord: (norm: string) => boolean): string {
  return LEARNER.test(text) ? withWordRules(text, RULES, isNameWord) : text;
}
