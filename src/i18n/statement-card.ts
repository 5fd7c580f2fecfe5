/** The card of a bank statement imported from the drop folder or the chat (see statement-hook.ts). */
export const statementCard = {
  /** « 1 paiement affecté automatiquement (600,00 €), 2 paiements à rapprocher … (…). » */
  summary: (parts: readonly string[]) => `${parts.join(', ')}.`,
  nothing: 'Aucun nouveau paiement client dans ce relevé.',
};
