/**
 * What was owed to us, said in the past or the passive (issue 16, twenty-first round): « ce qu'on
 * nous devait au total au 30 septembre », « combien nous devaient les clients fin octobre ? », « ce
 * qui nous était dû au 31/10 », « combien nous est-il dû ? » — « nous devait » was no word of a
 * balance (not understood). The imperfect is the figure at the cut-off said, the passive the same
 * debt: both are read as « nous doit » / « nous doivent », the date said carrying the time (as the
 * conditional « nous devrait » is: ./trainee.ts). Without « nous » (« il devait payer le 15 ») the
 * words stay.
 */
import { B, E, SEP, W } from './regex-fragments';

/** « nous devait », « nous devaient »: the imperfect of a debt to us. */
const IMPERFECT = new RegExp(`${W}nous${SEP}dev(?:ait|aient)${B}`, 'giu');

/** « nous est / était dû », « nous sont / étaient dues », « nous est-il dû », « nous reste dû ». */
const PASSIVE = new RegExp(
  `${W}nous${SEP}(?:(?:est|${E}tait|sont|${E}taient|reste|restait)(?:${SEP}(?:t${SEP})?(?:il|encore|toujours|au${SEP}total))*)${SEP}d[uû]e?s?${B}`,
  'giu',
);

/** The text with a debt to us said in the present. */
export function withOwedToUs(text: string): string {
  if (!/nous/iu.test(text)) return text;
  return text
    .replace(IMPERFECT, (m) => (/aient$/iu.test(m) ? 'nous doivent' : 'nous doit'))
    .replace(PASSIVE, 'nous doit');
}
