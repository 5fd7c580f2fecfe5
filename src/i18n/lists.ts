/**
 * Enumerations the French way: commas, then « et » or « ou » before the last item (no serial
 * comma).
 */

function joinLast(items: readonly string[], last: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** « A », « A et B », « A, B et C ». */
export function andList(items: readonly string[]): string {
  return joinLast(items, 'et');
}

/** « J+3, J+10 ou J+20 ». */
export function orList(items: readonly string[]): string {
  return joinLast(items, 'ou');
}
