/** The controller's day: the digest card, an action's detail, the transfer confirmation. */
import { toTheFirm } from '../law-firm';
import { countOf } from '../plural';

export const digest = {
  title: (dateWithWeekday: string) => `Relances du ${dateWithWeekday}`,
  subtitle: (count: number, amount: string) => `${countOf(count, 'action')} à mener — ${amount} à recouvrer`,
  nothing: 'Aucune relance à mener aujourd’hui.',
  dayOff: (today: string, day: string) =>
    `Nous sommes le ${today}, jour non ouvré : aucune relance nouvelle n’est due. Voici ce qui reste à faire du ${day}.`,
  footer: 'Chaque clic est une décision enregistrée au journal : qui, quand, quoi.',
  readOnlyFooter: 'Lecture seule : seul le service crédit client agit sur les relances.',
  total: (count: number, amount: string, pending: number) =>
    `${countOf(count, 'client')} — ${amount}${pending > 0 ? ` — ${pending} à traiter` : ' — tout est traité'}`,
  sectionSummary: (count: number, amount: string) => `${countOf(count, 'client')}, ${amount}`,
  rowDetail: (n: number, invoices: string, late: string, risk: string) =>
    `${countOf(n, 'facture')}\u00a0: ${invoices} — ${late} — ${risk}`,
  risk: { low: 'risque faible', moderate: 'risque modéré', high: 'risque élevé' },
  /** « 23/11/2026 à 09:15 » */
  at: (date: string, time: string) => `${date} à ${time}`,
  promiseDetail: (invoice: string, date: string) =>
    `${invoice} — paiement promis pour le ${date} : vérifier l’encaissement`,
  disputeDetail: (invoice: string, reason: string, since: string) =>
    `${invoice} — litige depuis le ${since} : ${reason}`,
  sections: {
    preDue: (label: string) => `${label} (avant échéance)`,
    step: (label: string, channel: 'email' | 'letter' | 'registered_letter' | 'transfer') =>
      `${label} — ${{ email: 'e-mails de relance', letter: 'courriers de relance', registered_letter: 'mises en demeure (LRAR)', transfer: 'transmissions au cabinet' }[channel]}`,
    promises: 'Promesses échues',
    disputes: 'Litiges ouverts',
  },
  alerts: {
    broken_promise: '⚠ Promesse de paiement non tenue',
    missed_installment: '⚠ Échéance du plan de paiement manquée',
  },
  status: {
    sent: (who: string, when: string) => `✅ E-mail envoyé par ${who} le ${when}`,
    generated: (who: string, when: string) => `📄 Courrier généré par ${who} le ${when} — à poster`,
    generatedRegistered: (who: string, when: string) =>
      `📄 Mise en demeure générée par ${who} le ${when} — à envoyer en recommandé avec AR`,
    posted: (who: string, when: string) => `✅ Courrier posté (${who}, le ${when})`,
    registered: (lrar: string, who: string, when: string) =>
      `✅ Envoyée en LRAR n° ${lrar} (${who}, le ${when})`,
    transferred: (who: string, when: string) => `⚖ Dossier transmis au cabinet par ${who} le ${when}`,
    withdrawn: (reason: string) => `↩ Retirée : ${reason}`,
    inProgress: (who: string) => `⏳ En cours (${who})…`,
    queued: (who: string) => `⏳ En file d’attente (« Tout envoyer » de ${who})`,
    uncertain: (reason: string) =>
      `⚠ À vérifier : ${reason}. Vérifiez auprès du destinataire avant de renvoyer.`,
    retry: (reason: string) => `⚠ ${reason}`,
    postponed: (date: string, who: string) => `⏸ Reportée au ${date} (${who})`,
    postponedAsWritten: (reason: string, who: string) => `⏸ Reportée ${reason} (${who})`,
    superseded: (reason: string) => `↪ ${reason}`,
  },
  buttons: {
    refresh: 'Actualiser',
    sendEmail: 'Envoyer l’e-mail',
    sendAll: (n: number) => `Tout envoyer (${n})`,
    generateLetter: 'Générer le courrier',
    generateNotice: 'Générer la mise en demeure',
    markPosted: 'Marquer posté',
    markRegistered: 'Marquer envoyée en LRAR',
    confirmSent: 'Confirmer l’envoi',
    resend: 'Renvoyer',
    lrarLabel: 'N° de la lettre recommandée',
    lrarPlaceholder: 'ex. 1A 234 567 8901 2',
    /** `firm`: the firm's nickname (« Aptos »). */
    transfer: (firm: string) => `Transmettre à ${firm}`,
    more: 'Autres actions…',
    open: 'Ouvrir le document',
    previous: '← Page précédente',
    next: (page: number, pages: number) => `Page suivante (${page}/${pages}) →`,
  },
} as const;

export const confirmTransfer = {
  /** `firm`: the configured name (« Cabinet Aptos Avocats » → « au cabinet Aptos Avocats »). */
  title: (customer: string, firm: string) => `Transmettre le dossier ${customer} ${toTheFirm(firm)}\u00a0?`,
  invoices: 'Factures',
  balance: 'Reste dû',
  late: 'Retard',
  consequence: (firm: string) =>
    `Le dossier (lettre de transmission, dossier de recouvrement et historique des relances) sera envoyé par e-mail ${toTheFirm(firm)}. Les factures passeront au contentieux : plus aucune relance interne. Le commercial sera prévenu.`,
  confirm: 'Confirmer la transmission',
  cancel: 'Annuler',
} as const;

export const controller = {
  notForYou:
    'Les relances du jour sont réservées au service crédit client et à la direction. Demandez « aide » pour voir ce que vous pouvez consulter.',
} as const;

export const detail = {
  title: (customer: string, step: string) => `${customer} — ${step}`,
  subtitle: (amount: string, late: string) => `${amount} — ${late}`,
  invoiceLine: (due: string, balance: string, late: string) =>
    `échéance ${due} — reste dû ${balance} — ${late}`,
  /** Past the invoices listed on the card (a card must stay under 28 KB). */
  moreInvoices: (count: number, amount: string) =>
    `et ${countOf(count, 'autre facture', 'autres factures')} (${amount}) : voir l’historique du client`,
  postpone: 'Reporter la relance',
  postponeLabel: 'Reporter jusqu’au',
  postponeButton: 'Reporter',
  promise: 'Promesse de paiement',
  promiseLabel: 'Paiement promis pour le',
  promiseButton: 'Enregistrer la promesse',
  dispute: 'Litige',
  disputeLabel: 'Motif du litige',
  disputePlaceholder: 'ex. livraison incomplète contestée',
  disputeButton: 'Ouvrir un litige',
  call: 'Appel passé',
  callLabel: 'Résultat de l’appel',
  callPlaceholder: 'ex. joint la comptable, paiement prévu vendredi',
  callButton: 'Enregistrer l’appel',
  paid: 'Paiement reçu',
  paidButton: 'Marquer payée',
  back: '← Retour aux relances du jour',
} as const;
