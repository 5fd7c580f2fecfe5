/**
 * The key-account manager's words (issue 16, seventeenth round): after the question, a comment on
 * the relationship (« ?? c un grand compte faut pas les braquer », « ? attention client sensible »,
 * « ? il faut les ménager ») asks nothing and is left out; « impayer(s) », typed by ear, is
 * « impayés » (no French verb « impayer »).
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
