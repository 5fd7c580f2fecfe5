/**
 * A period said twice, the second time in other words (issue 16, twentieth round): « pour
 * l'exercice en cours, c'est-à-dire depuis le début de l'année », « ce trimestre, soit depuis le
 * 1er octobre », « le mois dernier, autrement dit octobre » — the restatement is what the writer
 * means, the more precise (« depuis le début de l'année » ends today, « l'exercice » on 31
 * December): the first is dropped. Two periods joined by anything else (« octobre et novembre »,
 * « vs l'an dernier ») are both kept.
 */
import type { Token } from './tokens';

/** Words that restate (« c'est-à-dire », « càd », « soit », « autrement dit », « à savoir », « i.e. »). */
const RESTATING =
  /^(?:c est a dire|c a d|cad|soit|autrement dit|a savoir|i e|ie|en clair|en d autres termes)$/;

/**
 * The tokens' spans of the periods found, first to last: the index of each one to drop, and the
 * spans of the restating words, taken (« soit » names no customer).
 */
export function restatedPeriods(
  spans: ReadonlyArray<{ start: number; end: number }>,
  words: readonly Token[],
): { dropped: Set<number>; restating: Array<{ start: number; end: number }> } {
  const dropped = new Set<number>();
  const restating: Array<{ start: number; end: number }> = [];
  for (let k = 0; k + 1 < spans.length; k++) {
    const between = words
      .slice(spans[k]!.end, spans[k + 1]!.start)
      .map((w) => w.norm)
      .join(' ');
    if (!RESTATING.test(between)) continue;
    dropped.add(k);
    restating.push({ start: spans[k]!.end, end: spans[k + 1]!.start });
  }
  return { dropped, restating };
}
