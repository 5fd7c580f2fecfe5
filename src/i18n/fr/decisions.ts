/** What a click on the controller's card answers: done, refused, failed, and why. */

export const decisions = {
  notAllowed: 'seuls le responsable du crédit client et son suppléant peuvent agir sur les relances',
  unknownAction: 'cette relance n’existe pas ou n’est plus d’actualité',
  refused: (reason: string) => `⛔ Action refusée : ${reason}.`,
  alreadyDecided: (customer: string) => `Déjà traité pour ${customer} : la carte est à jour.`,
  alreadyDone: (customer: string, who: string) =>
    `Déjà traité pour ${customer}${who ? ` par ${who}` : ''} : rien n’a été fait deux fois, la carte est à jour.`,
  alreadyDoneReason: (who: string | null) => `déjà traité${who ? ` par ${who}` : ''}`,
  wrongChannel: 'ce bouton ne correspond pas à cette étape',
  malformedClick:
    'ce bouton ne correspond à rien de connu (carte d’une version précédente ?) : rafraîchissez la carte',
  unknownCustomer: 'client inconnu',
  /** A customer whose name could not be read in time. */
  thisCustomer: 'Ce client',
  withdrawn: (customer: string, reason: string) => `↩ Relance retirée pour ${customer} : ${reason}.`,
  noBillingEmail: 'aucune adresse e-mail de facturation pour ce client (importez-la dans le fichier clients)',
  unexpected: 'erreur inattendue, consignée dans les journaux techniques',
  sendFailed: (reason: string) => `échec de l’envoi : ${reason}`,
  failed: (reason: string) =>
    `⚠ Échec : ${reason}. Rien n’a été enregistré comme envoyé ; vous pouvez réessayer.`,
  emailSent: (customer: string, to: string) => `✅ E-mail envoyé à ${customer} (${to}).`,
  letterGenerated: (customer: string) =>
    `📄 Courrier généré pour ${customer} : ouvrez-le, imprimez-le, puis « Marquer posté ».`,
  noticeGenerated: (customer: string) =>
    `📄 Mise en demeure générée pour ${customer} : envoyez-la en recommandé avec AR, puis saisissez le n° et « Marquer envoyée en LRAR ».`,
  generationFailed: 'le document n’a pas pu être généré',
  generateFirst: 'générez d’abord le document',
  lrarRequired: 'saisissez le numéro de la lettre recommandée (10 à 26 lettres et chiffres)',
  posted: (customer: string) => `✅ Courrier à ${customer} marqué posté.`,
  registered: (customer: string, lrar: string) =>
    `✅ Mise en demeure à ${customer} envoyée en LRAR n° ${lrar}.`,
  /** `toFirm`: « au cabinet Aptos Avocats ». */
  transferred: (customer: string, toFirm: string) =>
    `⚖ Dossier ${customer} transmis ${toFirm} ; factures passées au contentieux.`,
  /** `emails`: « 3 e-mails ». */
  sendAllStarted: (emails: string) =>
    `⏳ Envoi de ${emails} en cours : la carte se met à jour au fil des envois.`,
  sendAllNothing: 'Aucun e-mail à envoyer dans cette section.',
  uncertain: (customer: string, reason: string) =>
    `⚠ ${customer} : envoi incertain — ${reason}. Rien n’est renvoyé sans votre décision : vérifiez auprès du destinataire, puis « Confirmer l’envoi » ou « Renvoyer ».`,
  interrupted: 'interrompue par un redémarrage avant la fin : rien n’a été envoyé',
  interruptedWhileSending:
    'l’envoi a été interrompu (redémarrage ou panne) sans confirmation du serveur de messagerie : le message a peut-être été remis',
  stillRunning: (customer: string) =>
    `⏳ ${customer} : en cours, la carte se mettra à jour une fois terminé.`,
  /** A click on « Paiements à rapprocher » still running when Teams needs its answer. */
  creditStillRunning:
    '⏳ Rapprochement du paiement en cours\u00a0: la carte se mettra à jour une fois terminé.',
  invoiceMissing: 'facture introuvable',
  alreadyClosed: (number: string) => `la facture ${number} est déjà réglée ou passée en perte`,
  noteRequired: 'indiquez le résultat de l’appel (3 caractères au moins)',
  reasonRequired: 'indiquez le motif du litige (3 caractères au moins)',
  badPostponeDate: 'la date de report doit être postérieure à aujourd’hui et à moins de 6 mois',
  badPromiseDate: 'la date promise doit être aujourd’hui ou plus tard, à moins de 6 mois',
  postponedUntil: (date: string) => `relance reportée au ${date}`,
  disputed: (reason: string) => `litige : ${reason}`,
  promised: (date: string) => `promesse de paiement au ${date}`,
  callRecorded: (customer: string) => `✅ Appel enregistré au journal pour ${customer}.`,
  rowDone: (customer: string, what: string, refused: string[]) =>
    `✅ ${customer} : ${what}.${refused.length ? ` Non appliqué : ${refused.join(' ; ')}.` : ''}`,
} as const;
