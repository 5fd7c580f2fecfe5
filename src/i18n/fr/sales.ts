/**
 * The sales reps' side: the notice about their customer, their answers, and what the controller
 * sees of them.
 */
import { toTheFirm } from '../law-firm';
import { countOf } from '../plural';

export const sales = {
  titles: {
    formal_notice: (customer: string) => `Votre client ${customer} reçoit une mise en demeure`,
    pre_transfer: (customer: string) => `Votre client ${customer} va être transmis au cabinet d’avocats`,
    transferred: (customer: string) => `Votre client ${customer} est au contentieux`,
  },
  /** `firm`: the firm's configured name (« Cabinet Aptos Avocats » → « transmis au cabinet Aptos Avocats »). */
  intros: {
    formal_notice: (firm: string, date: string) =>
      `Malgré les relances, des factures restent impayées. Une mise en demeure part aujourd’hui en recommandé ; sans règlement, le dossier sera transmis ${toTheFirm(firm)}${date ? ` vers le ${date}` : ''}. Si vous savez quelque chose, dites-le au service crédit client.`,
    pre_transfer: (firm: string, date: string) =>
      `Sans règlement ni accord, le dossier sera transmis ${toTheFirm(firm)} le ${date}. C’est le moment de signaler un accord de paiement ou un litige commercial.`,
    transferred: (firm: string) =>
      `Le dossier a été transmis aujourd’hui ${toTheFirm(firm)}, qui se charge désormais du recouvrement.`,
  },
  /** The same notice, read later than it was written (see sales-notice-freshness). */
  later: {
    transferredOn: (firm: string, date: string) =>
      `Le dossier a déjà été transmis à ${firm} le ${date}, qui se charge désormais du recouvrement.`,
    noticeSent: (sentOn: string, firm: string, date: string) =>
      `Malgré les relances, des factures restent impayées. Une mise en demeure est partie en recommandé le ${sentOn}\u00a0; sans règlement, le dossier sera transmis à ${firm}${date ? ` vers le ${date}` : ''}. Si vous savez quelque chose, dites-le au service crédit client.`,
    settledTitle: (customer: string) => `Les factures de votre client ${customer} sont réglées`,
    settled:
      'Cet avis n’est plus d’actualité\u00a0: plus rien n’est dû sur ces factures. Rien à faire de votre côté.',
  },
  /** Answers to a notice no longer true: not the rep's mistake, so thanked rather than « refusé ». */
  stale: {
    transferred:
      'Merci, mais cet avis n’est plus d’actualité\u00a0: le dossier a depuis été transmis au cabinet d’avocats, qui se charge du recouvrement. Votre réponse n’a pas été enregistrée\u00a0; pour la faire connaître, contactez le service crédit client.',
    settled:
      'Merci, mais cet avis n’est plus d’actualité\u00a0: les factures concernées sont réglées. Votre réponse n’a pas été enregistrée.',
  },
  facts: {
    invoices: 'Factures',
    balance: 'Reste dû',
    late: 'Retard',
    planned: 'Transmission prévue',
    contact: 'Contact au cabinet',
  },
  /** « Maître Anne Lambert, Cabinet Aptos Avocats — recouvrement@aptos-avocats.example » */
  firmContact: (contact: string, firm: string, email: string) => `${contact}, ${firm} — ${email}`,
  daysLate: (n: number) => countOf(n, 'jour'),
  historyTitle: 'Déjà envoyé',
  meaning:
    'Une fois le dossier au contentieux : pas de nouvelle commande sans acompte, et tout échange sur la dette passe par le cabinet.',
  meaningTransferred:
    'Désormais : pas de nouvelle commande sans acompte ; orientez le client vers le cabinet pour toute question sur la dette.',
  you: 'Vous',
  agreementLabel: 'Un accord de paiement est en cours : règlement attendu le',
  agreementButton: 'Un accord de paiement est en cours',
  disputeLabel: 'Litige commercial : motif',
  disputePlaceholder: 'ex. remise promise non appliquée',
  disputeButton: 'Litige commercial',
  callingButton: 'J’appelle le client',
  nothingButton: 'Rien à signaler',
  callResultLabel: 'Résultat de votre appel',
  callResultPlaceholder: 'ex. virement promis vendredi',
  callResultButton: 'Envoyer le résultat',
  answers: {
    agreement: (who: string, date: string) =>
      `⚠ ${who} : accord de paiement en cours, règlement attendu le ${date}`,
    dispute: (who: string, reason: string) => `⚠ ${who} : litige commercial — ${reason}`,
    calling: (who: string) => `☎ ${who} : appel du client en cours`,
    called: (who: string, outcome: string) => `☎ ${who} a appelé le client : ${outcome}`,
    /** The rep reads their own answer: « Vous avez appelé le client », not « Vous a appelé ». */
    calledByYou: (outcome: string) => `☎ Vous avez appelé le client : ${outcome}`,
    nothing: (who: string) => `✓ ${who} : rien à signaler`,
  },
  /** How the controller's card names the rep who answered: « Karim Benali (commercial) ». */
  repWho: (rep: string) => `${rep} (commercial)`,
  controllerNotes: {
    toldNoAnswer: (rep: string, date: string) =>
      `ℹ Avis envoyé le ${date} à ${rep} (équipe commerciale), sans réponse`,
    /** The rep never opened Relances in Teams: the controller tells them. */
    notInstalled: (rep: string) =>
      `⚠ Relances n’a pas pu prévenir ${rep} (équipe commerciale), qui n’a pas encore installé Relances dans Teams\u00a0: faites-le vous-même.`,
    /** Teams refused or failed the notice (the technical reason is in the logs). */
    unreachable: (rep: string) =>
      `⚠ Relances n’a pas pu prévenir ${rep} (équipe commerciale) dans Teams\u00a0: faites-le vous-même.`,
  },
  acceptPromise: (date: string) => `Accepter l’accord (${date})`,
  acceptDispute: 'Ouvrir le litige signalé',
  recorded: '✅ Réponse transmise au service crédit client.',
  notYours: 'Ce client n’est pas dans votre portefeuille : réponse refusée.',
  unknownNotice: 'Cette alerte n’existe plus.',
  badDate: 'indiquez une date de règlement à venir (6 mois au plus)',
  reasonRequired: 'indiquez le motif du litige (3 caractères au moins)',
  outcomeRequired: 'indiquez le résultat de l’appel (3 caractères au moins)',
  /** Kept with the notice and in the journal; the controller's card says it with the rep's name. */
  notInstalled: 'le commercial n’a pas encore installé Relances dans Teams',
  objected: (text: string) => `${text}. Confirmez-vous la transmission malgré tout ?`,
} as const;
