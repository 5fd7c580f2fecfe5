/**
 * French agreement with a count: « 1 facture », « 2 factures », « 0 facture » (zero takes the
 * singular in French). One helper for every text, so no « facture(s) » is ever shown.
 */
export function agree(count: number, singular: string, plural = `${singular}s`): string {
  return Math.abs(count) >= 2 ? plural : singular;
}

/** The count and its noun: `countOf(3, 'facture')` → « 3 factures ». */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${agree(count, singular, plural)}`;
}
