/**
 * Whole numbers as French typography writes them: groups of three digits separated by a narrow
 * no-break space (« 3 669 000 »), so that a count never wraps in a terminal, a card or a file.
 */
const NARROW_NBSP = '\u202f';

export function formatInteger(value: number): string {
  const digits = Math.abs(Math.trunc(value)).toString();
  return `${value < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP)}`;
}
