/**
 * An accountant trained in Casablanca writes French with Darija words (issue 16, twenty-second
 * round), read in French before anything else, like ./italian-words.ts: the question words (« chhal »
 * combien, « wach » est-ce que, « chkoun » qui), the calendar's (« lyoum » aujourd'hui, « lbareh »
 * hier, « ghedda » demain, « had chhar » ce mois, « had simana » cette semaine, « had l3am » cette
 * année, « daba » maintenant), a few verbs (« chouf-moi » montre-moi, « 3tini » donne-moi, « bghit »
 * je veux), money (« flouss » l'argent, « bezaf » beaucoup) and the words that add nothing (« 3afak »
 * s'il te plaît, « khouya », « khti », « sahbi », « wakha », « yallah », « baraka llahou fik »).
 *
 * Darija is written in Latin letters with digits for the sounds French has not (« 3 » ʿayn, « 7 » ḥa):
 * « chhal », « ch7al », « chal »; « l3am », « el 3am ». Only words that are not French are read, each
 * a whole word; a word of a customer's name is never rewritten.
 */
import { normalizeWord } from './tokens';
import { AP_OPT, B, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** « had » (ce, cette), « hadi », « had el ». */
const HAD = `had(?:i|a)?\\s+(?:el\\s+|l${AP_OPT})?`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Periods first, whole phrases (« had chhar », « had l3am », « had simana »).
  rule(
    `(?:${HAD}|f\\s+)?(?:chhar|chher|chahr|ch${AP_OPT}har|chhr)\\s+(?:li\\s+)?(?:fat|faat|douz|dazz?)`,
    'le mois dernier',
  ),
  rule(`(?:${HAD})(?:chhar|chher|chahr|ch${AP_OPT}har|chhr)`, 'ce mois'),
  rule(`(?:${HAD})(?:l${AP_OPT}|el\\s+)?(?:3am|3aam|aam)`, 'cette année'),
  rule(`(?:l${AP_OPT}|el\\s+)?(?:3am|3aam)\\s+(?:li\\s+)?(?:fat|faat|douz|dazz?)`, "l'an dernier"),
  rule(`(?:${HAD})(?:simana|semana|l${AP_OPT}?ousbou3|l${AP_OPT}?osbou3)`, 'cette semaine'),
  rule(`(?:l${AP_OPT}|el\\s+)?(?:youm|yom)|lyoum|lyouma|lyom|elyoum`, "aujourd'hui"),
  rule(`lbare7|lbareh|lbarah|lbar7|elbareh`, 'hier'),
  rule(`ghedda|ghedwa|ghda|ghadda`, 'demain'),
  rule(`daba`, 'maintenant'),
  // Question words and verbs.
  rule(
    `(?:chhal|ch7al|chhhal|chal|ch${AP_OPT}hal|chehal|chhal)(?:\\s+(?:de|d${AP_OPT}|dyal|dial)\\s*(?:l?flouss?|l?flous))?`,
    'combien',
  ),
  rule(`wach|wech|ouach`, 'est-ce que'),
  rule(`chkoun|chkon|chkoune`, 'qui'),
  rule(`chouf(?:-?moi|\\s+moi|li)?|choufi|werrini|wrrini|warini`, 'montre-moi'),
  rule(`3tini|a3tini|3tiny`, 'donne-moi'),
  rule(`bghit|bghite`, 'je veux'),
  // Money.
  rule(`(?:l${AP_OPT}|el\\s+)?flouss|lflouss?`, "l'argent"),
  rule(`bezaf|bzaf|bezzaf`, 'beaucoup'),
  // What adds nothing: courtesy, the one addressed, agreement.
  rule(`baraka\\s+(?:llahou|llah|lah)\\s+fik|llah\\s+y(?:e|a)?7fdek|3afak|3afakoum|3fak|afak|3afek`, ' '),
  rule(`khouya|khoya|khti|khouti|sahbi|sa7bi|a\\s+sidi|lalla`, ' '),
  rule(`wakha|wakhkha|yallah|yalla|safi|mzyan|mezyan`, ' '),
];

const DARIJA = new RegExp(
  `${W}(?:had|hadi|chhar|chher|chahr|chhr|3am|3aam|simana|semana|ousbou3|osbou3|youm|yom|lyoum|lyouma|lyom|elyoum|lbare7|lbareh|lbarah|lbar7|elbareh|ghedda|ghedwa|ghda|ghadda|daba|chhal|ch7al|chhhal|chal|chehal|wach|wech|ouach|chkoun|chkon|chkoune|chouf|choufli|choufi|werrini|wrrini|warini|3tini|a3tini|3tiny|bghit|bghite|flouss|lflous|lflouss|bezaf|bzaf|bezzaf|baraka|3afak|3afakoum|3fak|afak|3afek|khouya|khoya|khti|khouti|sahbi|sa7bi|wakha|wakhkha|yallah|yalla|safi|mzyan|mezyan|l3am)${B}`,
  'iu',
);

/** French words of the phrases above, which may also be in a name (« Les Tilleuls »). */
const FRENCH = new Set(['de', 'd', 'l', 'el', 'f', 'li', 'moi', 'a', 'ch']);

/** The text with the Casablanca-trained accountant's Darija words in the French the parser reads. */
export function withDarijaWords(text: string, isNameWord: (norm: string) => boolean): string {
  if (!DARIJA.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES)
    out = out.replace(re, (said: string) => {
      // A word of a customer's name is left as typed.
      const words = said.split(/[^\p{L}\p{N}]+/u).map(normalizeWord);
      if (words.some((w) => w !== '' && !FRENCH.has(w) && isNameWord(w))) return said;
      return french;
    });
  return out;
}
