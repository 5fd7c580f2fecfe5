/**
 * « par le client X » names X, it does not group (issue 16, twentieth round): « combien de factures
 * contester par le client LPI ? », « litiges ouverts par le client SGH », « promesses faites par le
 * client Hotel du Parc » — the customer who acts, named right after « client ». « les impayés par
 * client », « litiges par client ce mois » (no name after it) still group by customer.
 */
import type { Token } from './tokens';

/**
 * Whether « par (le|la|l’) client(s) » is followed at once by a customer's name, known or not
 * (`names`: the spans of the names found in the text).
 */
export function customerNamedAfterPer(
  words: readonly Token[],
  names: ReadonlyArray<readonly [number, number]>,
): boolean {
  return words.some((w, at) => {
    if (w.norm !== 'par') return false;
    let k = at + 1;
    if (/^(?:le|la|l|ce|notre|du)$/.test(words[k]?.norm ?? '')) k++;
    if (!/^(?:client|clients|clt|debiteur)$/.test(words[k]?.norm ?? '')) return false;
    const next = words[k + 1];
    return next !== undefined && names.some(([a, b]) => a >= 0 && next.start >= a && next.start < b);
  });
}
