/**
 * The Marseille regional director's words (issue 16, sixteenth round), rewritten in the text before
 * commands and questions read it: interjections that ask nothing (« peuchère », « zou », « vé », « fan de
 * chichourle », « bonne mère », « oh fada », « ce fada », « ces fadas ») are left out — they were read as a
 * customer's name or made a command unreadable (« la revue hebdo, zou »); « dégun » is « personne »
 * (nobody); « on est en galère avec qui ? » asks the worst payers; a tail that only comments
 * (« on a sorti l'artillerie ? », « ça m'escagasse ») is left out; the South-West's « boudu »,
 * « macarel » too. A word of a customer's name
 * (« Fada SARL ») is never left out.
 */
import { AP, AP_OPT, E } from './regex-fragments';
import { withWordRules, wordRule, type WordRule } from './word-rules';

const rule = wordRule;

const RULES: readonly WordRule[] = [
  rule(
    `(?:on\\s+(?:est|a)\\s+(?:en\\s+|dans\\s+la\\s+)?gal${E}re|(?:c${AP}est\\s+)?qui\\s+(?:qui\\s+)?nous\\s+met\\s+(?:en\\s+|dans\\s+la\\s+)?gal${E}re)(?:\\s+avec\\s+qui)?`,
    'qui sont les mauvais payeurs',
  ),
  rule(
    `avec\\s+qui\\s+on\\s+(?:est|a)\\s+(?:en\\s+|dans\\s+la\\s+)?gal${E}re`,
    'qui sont les mauvais payeurs',
  ),
  rule(`d${E}gun`, 'personne'),
  // The South-West's (forty-seventh round): « boudu », « macarel », « miladiou » ask nothing; « ou ils
  // font les pègues ? » (or are they stalling) only comments whether they paid.
  rule(`,?\\s*(?:boudu|macarel(?:le)?|miladiou)\\s*[,!]?`, ' '),
  rule(`ou\\s+(?:ils|elles|il|elle)\\s+(?:font|fait)\\s+(?:les?|la)\\s+p${E}gues?`, ''),
  rule(`,?\\s*on\\s+(?:a|va)\\s+sortir?\\s+l${AP_OPT}artillerie(?:\\s+lourde)?`, ''),
  rule(`,?\\s*(?:[çc]a|il|elle|ils|ce\\s+type)\\s+m${AP_OPT}escagasse(?:nt)?`, ''),
  rule(
    `,?\\s*(?:peuch${E}re|fan\\s+d${AP_OPT}(?:e\\s+)?(?:chichourle|chichoune|pied|de\\s+pied)s?|zou|bonne\\s+m${E}re|vé|(?:oh\\s+|ces?\\s+|les?\\s+|la\\s+|cette\\s+)?fadas?|t${E}t${E}\\s+de\\s+pioche)\\s*[,!]?`,
    ' ',
  ),
];

const MARSEILLE =
  /boudu|macarel|miladiou|p[eèé]gue|peuch|chichou|fan\s+d|\bzou\b|bonne\s+m|fada|pioche|vé|d[eé]gun|gal[eè]re|artillerie|escagass/iu;

/** The text with the Marseille director's words in the French the parser reads. */
export function withMarseilleWords(text: string, isNameWord: (norm: string) => boolean): string {
  return MARSEILLE.test(text) ? withWordRules(text, RULES, isNameWord) : text;
}
