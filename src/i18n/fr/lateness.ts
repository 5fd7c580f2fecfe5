/** « 12 j de retard », « échéance dans 5 j », « échéance aujourd'hui ». */
export function lateness(daysLate: number): string {
  if (daysLate > 0) return `${daysLate} j de retard`;
  if (daysLate === 0) return 'échéance aujourd’hui';
  return `échéance dans ${-daysLate} j`;
}
