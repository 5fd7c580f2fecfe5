/**
 * A Guadeloupe accounts assistant's Creole turns (issue 16, twenty-sixth round), rewritten in the
 * text into the French the parser reads, before commands and questions read it:
 * - « an ka chèché … », « mwen ka chèché … » (I am looking for), « an ka gadé … » (I am looking at),
 *   « an vlé vwè … » (I want to see), « ban mwen … » (give me): « je cherche », « je veux voir »,
 *   « donne-moi » (« chèché » was heard as the Crèche Les Petits Pas, a customer named in every question);
 * - « bonjou », « bonswa », « mèsi (anpil) », « souplé »: bonjour, bonsoir, merci, s'il te plaît
 *   (« bonjou » was an unknown customer);
 * - « sa ou fè ? », « sa ka fèt ? », « ka ou fè ? », « kouman ou yé ? », « sa ka maché ? » (how are
 *   you): « ça va ? », which asks nothing (« fè » was read as « fait », the journal);
 * - « doudou » (« ma doudou », « chè doudou »), a friendly word, is no customer and no word of the
 *   question: left out (« les relances du jour doudou » lost the day's card);
 * - « jodi a » (today), « dèmen » (tomorrow), « konbyen » (how much): aujourd'hui, demain, combien.
 * A word of a customer's name is never rewritten.
 */
import { B, E, S, W } from './regex-fragments';
import { withWordRules, wordRule, type WordRule } from './word-rules';

const rule = wordRule;

const RULES: readonly WordRule[] = [
  // How are you: « sa ou fè ? », « sa ka fèt ? », « ka ou fè ? », « kouman ou yé ? », « sa ka maché ? ».
  rule(
    `(?:(?:sa|ka)${S}ou${S}f${E}(?:t)?|sa${S}ka${S}f${E}t|kouman${S}ou${S}y${E}|sa${S}ka${S}mach${E})(?:${S}(?:ma${S}|mon${S}|ch${E}${S})?doudou)?`,
    'ça va',
  ),
  // I am looking for, at; I want to see; give me.
  rule(`(?:an|mwen|man|nou)${S}ka${S}ch${E}ch${E}?`, 'je cherche'),
  rule(`(?:an|mwen|man)${S}ka${S}gad${E}`, 'je regarde'),
  rule(`(?:an|mwen|man)${S}(?:vl${E}|l${E})${S}(?:vw${E}|w${E})`, 'je veux voir'),
  rule(`ban${S}mwen`, 'donne-moi'),
  // Greetings and thanks.
  rule(`bonjou`, 'bonjour'),
  rule(`bonswa`, 'bonsoir'),
  rule(`m${E}si(?:${S}(?:anpil|bokou))?`, 'merci'),
  rule(`soupl[éè]|silvoupl${E}`, 's’il te plaît'),
  // A friendly word: no customer, no word of the question.
  rule(`,?\\s*(?:(?:ma|mon|ch${E}|ti)${S})?doudou\\s*[,!]?`, ' '),
  // Days and amounts.
  rule(`jodi(?:${S}|-)a|jodi`, 'aujourd’hui'),
  rule(`d${E}m${E}n|dim${E}n`, 'demain'),
  rule(`konbyen|kanbyen`, 'combien'),
];

const CREOLE = new RegExp(
  `bonjou${B}|bonswa|m${E}si|soupl[éè]|silvou|doudou|${W}(?:sa|ka)${S}(?:ou|ka)${S}|kouman|${W}(?:an|mwen|man|nou)${S}(?:ka|vl${E}|l${E})${S}|ban${S}mwen|jodi|d${E}m${E}n|dim${E}n|konbyen|kanbyen`,
  'iu',
);

/** The text with the Guadeloupe assistant's Creole turns in the French the parser reads. */
export function withCreoleWords(text: string, isNameWord: (norm: string) => boolean): string {
  return CREOLE.test(text) ? withWordRules(text, RULES, isNameWord) : text;
}
