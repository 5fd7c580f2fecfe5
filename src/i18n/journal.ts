/**
 * The decision journal as people read it: what each action code means, and the pieces of an
 * entry's details shown by the history card and the litigation dossier's history.
 */

/** Action codes → what a controller or a lawyer reads in the history. */
export const JOURNAL_ACTION_LABELS: Readonly<Record<string, string>> = {
  'reminder.pre_due_sent': 'E-mail de prévenance avant échéance envoyé',
  'reminder.email_sent': 'E-mail de relance envoyé',
  'reminder.carried_over': 'Relance antérieure à Relances',
  'email.sent': 'E-mail envoyé',
  'letter.generated': 'Courrier de relance généré',
  'letter.posted': 'Courrier de relance posté',
  'formal_notice.generated': 'Mise en demeure générée',
  'formal_notice.posted': 'Mise en demeure envoyée en recommandé avec accusé de réception',
  'formal_notice.received': 'Avis de réception de la mise en demeure reçu',
  'formal_notice.unclaimed': 'Mise en demeure avisée, non réclamée',
  'formal_notice.returned': 'Mise en demeure retournée (pli non distribué)',
  'lrar.posted': 'Lettre recommandée avec accusé de réception postée',
  'lrar.received': 'Avis de réception de la lettre recommandée retourné',
  'lrar.returned': 'Lettre recommandée retournée non réclamée',
  'action.sent': 'Relance envoyée',
  'action.generated': 'Courrier généré',
  'action.posted': 'Courrier posté',
  'action.transferred': 'Dossier transmis au cabinet',
  'action.withdrawn': 'Relance retirée',
  'action.postponed': 'Relance reportée',
  'litigation.transferred': 'Dossier transmis au cabinet',
  'customer.called': 'Appel téléphonique au client',
  'call.logged': 'Appel téléphonique',
  'customer.answered': 'Réponse du client',
  'note.added': 'Note',
  'invoice.disputed': 'Litige signalé sur la facture',
  'dispute.resolved': 'Litige clos',
  'promise.recorded': 'Promesse de paiement enregistrée',
  'promise.broken': 'Promesse de paiement non tenue',
  'plan.agreed': 'Échéancier de paiement accordé',
  'plan.installment_missed': 'Échéance du plan de paiement non honorée',
  'payment.received': 'Règlement reçu',
  'invoice.marked_paid': 'Facture marquée comme réglée',
  'salesrep.notified': 'Commercial prévenu avant transmission au cabinet',
  'salesrep.told_transferred': 'Commercial informé de la transmission au cabinet',
  'salesrep.stale_dropped': 'Avis au commercial devenu sans objet, non remis',
  'email.failed': 'Échec d’envoi d’un e-mail',
  'salesrep.answered': 'Réponse du commercial',
  'salesrep.unreachable': 'Commercial injoignable',
  'sales.answer': 'Réponse du commercial (refusée)',
  'litigation.transfer_failed': 'Échec de la transmission au cabinet',
  'import.customers': 'Import du fichier clients',
  'import.invoices': 'Import du fichier factures',
  'import.payments': 'Import du fichier paiements',
  'import.pdf': 'Import des factures PDF',
  'views.repaired': 'Vues des factures reconstruites',
  'row.postpone': 'Report demandé',
  'row.dispute': 'Litige demandé',
  'row.promise': 'Promesse demandée',
  'row.paid': 'Paiement signalé',
  'row.call': 'Appel signalé',
  'email.send': 'Envoi d’e-mail demandé',
  'letter.generate': 'Génération de courrier demandée',
  'letter.post': 'Courrier posté (demande)',
  'formal_notice.post': 'Mise en demeure postée (demande)',
  'litigation.transfer': 'Transmission au cabinet demandée',
  'dispute.lifted': 'Litige levé',
  'decision.undone': 'Décision annulée',
  'salesrep.answer_accepted': 'Réponse du commercial acceptée',
  'customer.call': 'Appel (demande)',
  'customer.promise': 'Promesse (demande)',
  'customer.dispute': 'Litige (demande)',
  'customer.postpone': 'Report (demande)',
  'customer.plan': 'Échéancier (demande)',
  'customer.paid': 'Paiement (demande)',
  'customer.undo': 'Annulation (demande)',
  'customer.open': 'Fiche client consultée',
  'customer.refresh': 'Fiche client actualisée',
  'customer.lift': 'Levée du litige (demande)',
  'customer.accept': 'Acceptation de la réponse du commercial (demande)',
  'customer.email': 'E-mail envoyé relu depuis la fiche client',
  'email.send_all_done': '«\u00a0Tout envoyer\u00a0» terminé',
  'litigation.transfer_uncertain': 'Transmission au cabinet à vérifier (envoi incertain)',
  'email.uncertain': 'E-mail à vérifier (envoi incertain)',
  'email.send_all': '«\u00a0Tout envoyer\u00a0» demandé',
  'letter.generation_failed': 'Échec de la génération du courrier',
  'formal_notice.generation_failed': 'Échec de la génération de la mise en demeure',
  'action.already_done': 'Action déjà traitée (second clic)',
  'action.uncertain': 'Envoi interrompu, à vérifier',
  'action.released': 'Action interrompue, remise à faire',
  'action.confirm_sent': 'Envoi confirmé par le service crédit client',
  'action.confirmSent': 'Confirmation d’envoi demandée',
  'action.resend': 'Nouvel envoi demandé',
  'action.sendEmail': 'Envoi d’e-mail demandé',
  'action.generate': 'Génération du document demandée',
  'action.markPosted': 'Courrier posté (demande)',
  'action.markRegistered': 'Envoi en LRAR (demande)',
  'action.confirmTransfer': 'Transmission au cabinet demandée (confirmation)',
  'action.transfer': 'Transmission au cabinet demandée',
  'action.more': 'Détail d’une relance consulté',
  'section.sendAll': '«\u00a0Tout envoyer\u00a0» demandé',
  'digest.refresh': 'Relances du jour actualisées',
  'digest.page': 'Relances du jour (page suivante)',
  'history.page': 'Historique consulté',
  'history.customer': 'Historique consulté',
  'sales.agreement': 'Réponse du commercial\u00a0: accord de paiement',
  'sales.dispute': 'Réponse du commercial\u00a0: litige commercial',
  'sales.calling': 'Réponse du commercial\u00a0: appel du client',
  'sales.callResult': 'Réponse du commercial\u00a0: résultat de l’appel',
  'sales.nothing': 'Réponse du commercial\u00a0: rien à signaler',
  'sales.refresh': 'Alerte du commercial actualisée',
  'card.malformed': 'Clic sur un bouton non reconnu (refusé)',
  'card.unknown_verb': 'Clic sur un bouton inconnu (refusé)',
  'mandate.generated': 'Lettre de mission au cabinet générée',
  'procedure.generated': 'Procédure de relance générée',
};

/** The family of a code, for a code this version does not know (written by a later version). */
const FAMILY_LABELS: Readonly<Record<string, string>> = {
  action: 'Relance',
  email: 'E-mail',
  letter: 'Courrier',
  formal_notice: 'Mise en demeure',
  lrar: 'Lettre recommandée',
  litigation: 'Contentieux',
  invoice: 'Facture',
  customer: 'Client',
  promise: 'Promesse de paiement',
  plan: 'Échéancier',
  payment: 'Règlement',
  salesrep: 'Commercial',
  sales: 'Commercial',
  row: 'Relance',
  import: 'Import',
  card: 'Carte',
};

/**
 * What people read for an action code. A code without a label (written by a later version) is
 * never shown raw: its family is named (« Courrier — autre événement »), or « Autre événement ».
 */
export function journalLabel(action: string): string {
  const label = JOURNAL_ACTION_LABELS[action];
  if (label) return label;
  const family = FAMILY_LABELS[action.split('.')[0] ?? ''];
  return family ? `${family} — autre événement` : 'Autre événement';
}

/** A reminder sent before Relances, as the accounting export said (`derniere_relance`). */
export const carriedOver = {
  /** On the history card, after the step: « envoyée le 13/11/2026 ». */
  sentOn: (date: string) => `envoyée le ${date}`,
  fromExport: (date: string) => `reprise de l’export du ${date}`,
  /** The note of the dossier's history row. */
  note: (exportedOn: string) => `Relance antérieure à Relances, reprise de l’export du ${exportedOn}`,
};

/** The details of an entry on the history card, joined by « — ». Dates come formatted. */
export const historyCardDetail = {
  step: (step: string) => `étape ${step}`,
  note: (note: string) => `«\u00a0${note}\u00a0»`,
  reason: (reason: string) => `motif\u00a0: ${reason}`,
  promisedFor: (date: string) => `promis pour le ${date}`,
  until: (date: string) => `jusqu’au ${date}`,
  registeredMail: (number: string) => `LRAR n° ${number}`,
  recipients: (addresses: string) => `à ${addresses}`,
  postedOn: (date: string) => `postée le ${date}`,
  receivedOn: (date: string) => `avis de réception signé le ${date}`,
};

/** A row of the dossier's history, joined by « · ». Dates come formatted. */
export const dossierHistoryDetail = {
  step: (step: string) => `Étape ${step}`,
  documents: (names: string) => `Documents\u00a0: ${names}`,
  registeredMail: (number: string) => `LRAR n° ${number}`,
  /** The note of an entry that has no text of its own. */
  promisedFor: (date: string) => `Paiement promis pour le ${date}`,
  postponedTo: (date: string) => `Reportée au ${date}`,
};
