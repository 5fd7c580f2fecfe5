/**
 * The words of the Excel exports (issue #18): sheet names, column headers, the summary sheet and
 * the chat's answers. Headers are French and plain: the file goes to the management meeting.
 */
import { formatInteger } from './numbers';
import { agree, countOf } from './plural';

export const exportTexts = {
  sheets: {
    invoices: 'Factures',
    journal: 'Journal',
    summary: 'Synthèse',
  },
  titles: {
    aged_balance: 'Balance âgée',
    unpaid: 'Impayés échus',
    journal: 'Journal des actions',
  },
  /** File names: « balance-agee-2026-11-23.xlsx ». */
  fileNames: {
    aged_balance: (day: string) => `balance-agee-${day}.xlsx`,
    unpaid: (day: string) => `impayes-${day}.xlsx`,
    journal: (month: string) => `journal-${month}.xlsx`,
  },
  invoiceColumns: {
    customer: 'Client',
    siren: 'SIREN',
    number: 'N° de facture',
    issueDate: 'Date d’émission',
    dueDate: 'Échéance',
    amount: 'Montant TTC',
    paid: 'Réglé',
    balance: 'Solde dû',
    daysLate: 'Jours de retard',
    bucket: 'Ancienneté',
    step: 'Dernière relance',
    salesRep: 'Commercial',
  },
  journalColumns: {
    at: 'Date et heure',
    action: 'Action',
    actor: 'Par',
    customers: 'Clients',
    invoices: 'Factures',
    outcome: 'Résultat',
    reason: 'Motif',
  },
  outcomes: { ok: 'Fait', refused: 'Refusé', failed: 'Échec' },
  noStep: 'Aucune relance',
  summary: {
    title: (what: string) => `${what} — synthèse`,
    exportedOn: 'Exporté le',
    situationAt: 'Situation au',
    period: 'Période',
    scope: 'Périmètre',
    everyone: 'Tous les clients',
    portfolio: (count: number) => `Votre portefeuille (${countOf(count, 'client')})`,
    filters: 'Filtres',
    noFilter: 'Aucun',
    unpaidFilter: 'Factures échues non réglées (solde dû > 0)',
    agedFilter: 'Factures non soldées, échues ou non',
    bucket: 'Ancienneté',
    count: 'Nombre de factures',
    amount: 'Solde dû',
    total: 'Total',
    entries: 'Nombre d’actions',
  },
  chat: {
    ready: (what: string, count: number) =>
      count === 0
        ? `${what}\u00a0: le fichier Excel est prêt (aucune ligne).`
        : `${what}\u00a0: le fichier Excel est prêt (${formatInteger(count)} ${agree(count, 'ligne')}).`,
    open: (fileName: string) => `Télécharger ${fileName}`,
    notAllowed:
      'Les exports sont réservés aux chargés de recouvrement, aux directeurs et aux commerciaux (pour leurs clients).',
    failed: 'L’export n’a pas pu être préparé. Réessayez dans un instant.',
  },
} as const;

/** The export commands in the help (« Commandes »). */
export const exportHelp = [
  { example: 'export Excel de la balance âgée', description: 'la balance âgée, facture par facture (.xlsx)' },
  { example: 'export des impayés', description: 'les factures échues non réglées (.xlsx)' },
  { example: 'export du journal du mois', description: 'les actions du mois (.xlsx)' },
];
