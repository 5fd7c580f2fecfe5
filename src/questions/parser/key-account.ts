/**
 * The key-account manager's words (issue 16, seventeenth round): after the question, a comment on
 * the relationship (« ?? c un grand compte faut pas les braquer », « ? attention client sensible »,
 * « ? il faut les ménager ») asks nothing and is left out; « impayer(s) », typed by ear, is
 * « impayés » (no French verb « impayer »).
 * Key accounts as a filter (eighteenth round): « les impayés de nos grands comptes », « top 5 des
 * comptes clés », « nos grands comptes » — the brief has no such segment (its customers are split by
 * risk only): never answered for everyone as if the filter were not said, the question is not
 * understood. One customer said to be one (« Dupont, un de nos grands comptes », « aucun de mes
 * grands comptes » in a comment) filters nothing.
 */
import { AP, E, W, B } from './regex-fragments';

const COMMENT = new RegExp(
  `(?<!\\?)(\\?+)\\s*(?:c(?:${AP}|\\s+)(?:est\\s+)?(?:un|une|nos?|notre)\\s+(?:tr${E}s\\s+)?(?:grand|gros|bon|important|vieux|fid${E}le|client|compte|partenaire)|(?:il\\s+)?(?:ne\\s+)?faut\\s+(?:pas|surtout\\s+pas)|attention|(?:on\\s+doit|il\\s+faut)\\s+(?:les|le|la)\\s+m${E}nager|client\\s+sensible)${B}[^?]*$`,
  'iu',
);
const BY_EAR = new RegExp(`${W}impay(?:er|ers|ez)${B}`, 'giu');

/** The text without the comment after the question, « impayer » read as « impayés ». */
export function withoutKeyAccountComment(text: string): string {
  if (!/\?|impay/iu.test(text)) return text;
  return text.replace(COMMENT, (_m: string, marks: string) => marks).replace(BY_EAR, 'impayés');
}

/** « grands comptes », « comptes clés », « key accounts »: customers the brief has no segment for. */
const KEY_ACCOUNTS = new RegExp(
  `(?<!(?:aucun|aucune|un|une|l${AP}un|l${AP}une)\\s+(?:de|d${AP})\\s*(?:mes|nos|tes|vos|ses|leurs|ces)?\\s*)${W}(?:grands\\s+comptes|gros\\s+comptes|comptes\\s+cl${E}s?|key\\s+accounts)${B}`,
  'iu',
);

/** Whether the question filters on key accounts, which no query can say. */
export function asksKeyAccounts(text: string): boolean {
  return /compte|account/iu.test(text) && KEY_ACCOUNTS.test(text);
}
