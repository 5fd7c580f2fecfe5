/**
 * A Saint-Denis (La Réunion) assistant's Creole turns (issue 16, twenty-eighth round), rewritten in
 * the text into the French the parser reads, before commands and questions read it:
 * - « bann » (the plural: « bann facture »), « lo » (the), « kèk » (some), « kel » (which);
 * - « kosa » (what), « kisa » (who), « koman i lé pou X » (how is X doing: where X stands), « kansa »
 *   (when), « oussa » (where);
 * - the verb's marks: « i » before a verb (« Dupont i doit »), « la » before a participle (« la
 *   payé »: has paid), « lé » (is, are), « na » (has; « na combien … »: how many are there), « té »
 *   (was), « pa » (not), « zot » (they), « mi » (I), « amoin » (me), « nou » (us), « ou » after « à »
 *   or « pou » (you);
 * - « pou » (for), « ek » (with), « su » (on), « astèr » (now), « siouplé » (please), « zordi »,
 *   « domin », « yèr » (today, tomorrow, yesterday), « kombien » (how much).
 * « Bann client i doit combien à nou ? » was an unknown customer « bann client »; « siouplé » lost the
 * day's card; « Alias Ti Parc pou Hôtel du Parc » gave the alias « Ti Parc pou Hôtel ».
 * A word of a customer's name is never rewritten.
 */
import { E, S, W } from './regex-fragments';
import { withWordRules, wordRule, type WordRule } from './word-rules';

const rule = wordRule;

/** Nouns said after « bann », with their French plural. */
const PLURALS: readonly (readonly [string, string])[] = [
  ['clients?', 'clients'],
  ['factures?', 'factures'],
  ['litiges?', 'litiges'],
  ['lettres?', 'lettres'],
  ['promesses?', 'promesses'],
  ['dossiers?', 'dossiers'],
  [`impay${E}s?`, 'impayés'],
  ['mails?', 'mails'],
  ['relances?', 'relances'],
  ['encaissements?', 'encaissements'],
  [`${E}ch${E}anciers?`, 'échéanciers'],
  ['paiements?', 'paiements'],
  ['mauvais payeurs?', 'mauvais payeurs'],
  [`mises?${S}en${S}demeure`, 'mises en demeure'],
];

const RULES: readonly WordRule[] = [
  // Questions: « koman i lé pou X » (where X stands), « kosa lé lo … » (what is the …).
  rule(`koman${S}i${S}l[éè](?:${S}pou)?`, 'où en est'),
  rule(`kosa${S}(?:i${S})?l[éè](?=${S}pr${E}vu)`, 'qu’est-ce qui est'),
  rule(`kosa${S}(?:i${S})?l[éè]`, 'quel est'),
  rule(`kosa${S}i`, 'qu’est-ce qui'),
  rule(`kosa`, 'qu’est-ce que'),
  rule(`kisa${S}mi${S}(?:appelle|apel|appel|contacte|doit${S}appeler)`, 'qui dois-je appeler'),
  rule(`kisa`, 'qui'),
  rule(`kansa`, 'quand'),
  rule(`oussa`, 'où'),
  rule(`kombien|konbien|konbyin`, 'combien'),
  // The plural, the article: « bann client » are the customers (« client » alone announces a name).
  ...PLURALS.map(([said, french]) => rule(`bann${S}${said}`, `les ${french}`)),
  rule(`bann`, 'les'),
  rule(`lo`, 'le'),
  rule(`k${E}k${S}chose`, 'quelque chose'),
  rule(`k${E}k`, 'quelques'),
  rule(`kel`, 'quel'),
  // The verb's marks.
  rule(`zot${S}(?:i${S})?l[éè]`, 'sont'),
  rule(`zot${S}la`, 'ils ont'),
  rule(`zot${S}i`, 'ils'),
  rule(`zot`, 'ils'),
  rule(
    `(?:i${S})?la${S}(?=(?:fini|pay[éeè]|parti|fait|promis|r[éeè]gl[éeè]|envoy[éeè]|pass[éeè]|sorti|rentr[éeè])${W})`,
    'a ',
  ),
  rule(`i${S}l[éè]`, 'est'),
  rule(`l[éè]`, 'est'),
  rule(`i${S}t[éè]`, 'était'),
  rule(`t[éè](?=${S}\\p{L})`, ' '),
  rule(`na`, 'il y a'),
  rule(`pa`, 'pas'),
  rule(`mi(?=${S}\\p{L})`, 'je'),
  rule(`amoin`, 'moi'),
  rule(`(?:i${S})?doi(?:t|ve|vent)${S}(?:à|a)${S}nou`, 'nous doit'),
  rule(`(?:à|a)${S}nou`, 'à nous'),
  rule(`nou`, 'nous'),
  rule(`(?:à|a)${S}ou`, 'à toi'),
  rule(`pou${S}ou`, 'pour toi'),
  // « Bann client i doit »: the mark before a verb says nothing more.
  rule(`i(?=${S}\\p{L})`, ' '),
  rule(`pou`, 'pour'),
  rule(`ek`, 'avec'),
  rule(`su`, 'sur'),
  rule(`ast${E}r`, 'maintenant'),
  rule(`sioupl${E}|silvoupl${E}`, 's’il te plaît'),
  rule(`zordi`, 'aujourd’hui'),
  rule(`domin`, 'demain'),
  rule(`y${E}r`, 'hier'),
];

/** Words only Réunion Creole writes (« i » and « la » alone say nothing of it). */
const REUNION =
  /(?<![\p{L}\p{N}])(?:bann|kosa|kisa|koman|kansa|oussa|kombien|konbien|zot|amoin|ast[eè]r|sioupl[eé]|zordi|domin|l[éè]|nou|pou|ek|mi|na|pa|lo)(?![\p{L}\p{N}'’-])/iu;

/** The text with the Réunion assistant's Creole turns in the French the parser reads. */
export function withReunionWords(text: string, isNameWord: (norm: string) => boolean): string {
  return REUNION.test(text) ? withWordRules(text, RULES, isNameWord) : text;
}
