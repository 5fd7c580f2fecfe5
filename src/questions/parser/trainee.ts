/**
 * An over-polite trainee's long sentences (issue 16, sixteenth round), rewritten in the text before
 * commands and questions read it:
 * - an apology for asking again (« je suis vraiment désolée de redemander, mais … ») is left out —
 *   its words were read as a customer's name;
 * - « pourrais-je / puis-je / est-ce que je pourrais voir (avoir, consulter…) X » is « montre-moi X »
 *   (the weekly review was not opened so);
 * - the conditional of owing (« combien nous devrait X ? ») is the present;
 * - after the question, a restatement of what was asked (« ? Enfin ceux dont l'échéance tombait dans
 *   cette quinzaine ») is left out: the question already said it;
 * - what the figure is for, with a relative clause (« pour un tableau que prépare ma tutrice »), is
 *   left out.
 */
import { AP_OPT, E, W } from './regex-fragments';

const SEE = '(?:voir|avoir|consulter|obtenir|afficher|ouvrir|regarder)';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    new RegExp(
      `${W}(?:je\\s+suis\\s+)?(?:vraiment\\s+|tellement\\s+|tr${E}s\\s+)?d${E}sol${E}e?s?\\s+de\\s+(?:re)?demander(?:\\s+encore)?(?:\\s+une\\s+fois)?\\s*,?\\s*(?:mais\\s+)?`,
      'giu',
    ),
    '',
  ],
  [new RegExp(`${W}(?:pourrais|puis|peux|pourrai)[\\s-]*je\\s+${SEE}(?![\\p{L}])`, 'giu'), 'montre-moi'],
  [
    new RegExp(
      `${W}(?:est[\\s-]*ce\\s+qu${AP_OPT}(?:e\\s+)?)?je\\s+(?:peux|pourrais|pourrai|pourrai)\\s+${SEE}(?![\\p{L}])`,
      'giu',
    ),
    'montre-moi',
  ],
  [/(?<![\p{L}])nous\s+devraient(?![\p{L}])/giu, 'nous doivent'],
  [/(?<![\p{L}])nous\s+devrait(?![\p{L}])/giu, 'nous doit'],
  [
    new RegExp(
      `\\?\\s*(?:enfin|je\\s+veux\\s+dire|c${AP_OPT}est[\\s-]+[àa][\\s-]+dire|ou\\s+plut[ôo]t)\\s*,?\\s+(?:ceux|celles|celle|celui)\\s+(?:dont|qui|que)(?![\\p{L}])[^?]*\\??\\s*$`,
      'iu',
    ),
    ' ?',
  ],
  [
    new RegExp(
      `\\s+pour\\s+(?:un|une|le|la|mon|ma|notre)\\s+(?:tableau|rapport|fichier|reporting|dossier|comit${E}|r${E}union|point|pr${E}sentation|note)\\s+qu${AP_OPT}(?:e\\s+)?[^?]*`,
      'giu',
    ),
    '',
  ],
];

const TRAINEE =
  /d[ée]sol|-?\s*je\s|je\s+(?:peux|pourrai)|devrai|\?\s*\S|pour\s+(?:un|une|le|la|mon|ma|notre)\s/iu;

/** The text without the trainee's apologies, restatements and purposes. */
export function withoutTraineeDetours(text: string): string {
  if (!TRAINEE.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
