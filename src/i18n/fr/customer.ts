/**
 * The customer's card (« client Biocoop », « fiche Biocoop »): contacts, open invoices, pauses,
 * history, its forms and what each decision answers.
 */
import { countOf } from '../plural';

const NB = '\u00a0';

export const customerCard = {
  command: {
    example: 'fiche Biocoop',
    description: `la fiche d’un client${NB}: contacts, factures ouvertes, historique et décisions (ou «${NB}client Biocoop${NB}», «${NB}téléphone de Biocoop${NB}?${NB}»)`,
  },
  title: (name: string) => `Fiche client — ${name}`,
  openTotal: (count: number, amount: string) =>
    count === 0
      ? 'Aucune facture ouverte.'
      : `${countOf(count, 'facture ouverte', 'factures ouvertes')} — ${amount} dus`,
  contacts: 'Contacts',
  facts: {
    emails: 'E-mails de facturation',
    phone: 'Téléphone',
    address: 'Adresse',
    rep: 'Commercial',
    terms: 'Paiement',
    risk: 'Risque',
    siren: 'SIREN',
  },
  none: '—',
  termsDays: (days: number) => `à ${countOf(days, 'jour')}`,
  risk: { low: 'faible', moderate: 'modéré', high: 'élevé' } as Record<string, string>,
  invoicesTitle: 'Factures ouvertes',
  moreInvoices: (count: number, amount: string) =>
    `… et ${countOf(count, 'autre facture ouverte', 'autres factures ouvertes')} (${amount})`,
  invoiceLine: (number: string, balance: string, due: string) => `${number} — ${balance} — échue le ${due}`,
  invoiceLineNotDue: (number: string, balance: string, due: string) =>
    `${number} — ${balance} — échéance le ${due}`,
  lastStep: (label: string, date: string) => `Dernière relance${NB}: ${label} le ${date}`,
  noStepYet: 'Aucune relance encore',
  next: {
    due: (label: string) => `Prochaine étape${NB}: ${label}, à faire aujourd’hui`,
    waiting: (label: string, date: string) => `Prochaine étape${NB}: ${label} le ${date}`,
    dispute: (reason: string, since: string) => `⚖ En litige depuis le ${since}${NB}: ${reason}`,
    promise: (date: string, until: string) =>
      `🤝 Paiement promis pour le ${date} — relances suspendues jusqu’au ${until}`,
    plan: (next: string) => `📅 Échéancier en cours — prochaine échéance le ${next}`,
    planDone: '📅 Échéancier en cours',
    postponed: (until: string) => `⏸ Relances reportées au ${until}`,
    litigation: '⚖ Au contentieux (transmis au cabinet)',
    complete: 'Toutes les étapes ont été faites',
    settled: 'Soldée (écart sous la tolérance)',
  },
  installments: (lines: string) => `Échéances${NB}: ${lines}`,
  promisedAmount: (amount: string) => `montant promis${NB}: ${amount}`,
  alerts: {
    broken_promise: '⚠ Promesse non tenue',
    missed_installment: '⚠ Échéance manquée',
  },
  repTitle: 'Réponses du commercial',
  repAccepted: (who: string, date: string) => `✅ Acceptée par ${who} le ${date}`,
  historyTitle: (shown: number, total: number) =>
    shown < total
      ? `Historique — les ${shown} plus récents sur ${total}`
      : `Historique — ${countOf(total, 'événement')}`,
  historyEmpty: 'Rien au journal pour ce client.',
  imported: (step: string, date: string) =>
    `📥 ${date} — relance ${step} faite avant Relances (reprise de l’import)`,
  seeAll: 'Voir tout l’historique',
  seeEmail: 'Voir l’e-mail',
  back: 'Retour aux relances du jour',
  callOnRow: (who: string, date: string, time: string, outcome: string, note: string) =>
    `📞 Appel de ${who} le ${date} à ${time}${outcome ? `${NB}: ${outcome}` : ''}${note ? ` — «${NB}${note}${NB}»` : ''}`,
  detailPaid: {
    title: `Paiement reçu${NB}: date, montant et confirmation sur la fiche client`,
    button: 'Ouvrir la fiche client',
  },
  openedBelow: 'La fiche client est ci-dessous.',
  refresh: 'Actualiser',
  readOnly: `Lecture seule${NB}: seul le service crédit client agit sur ce client.`,
  undo: (until: string) => `Annuler (jusqu’à ${until})`,
  undoNote: (what: string, who: string, until: string) =>
    `Dernière décision${NB}: ${what} (${who}) — annulable jusqu’à ${until}`,
  buttons: {
    call: 'Appel passé',
    promise: 'Promesse',
    dispute: 'Litige',
    lift: 'Lever le litige',
    postpone: 'Reporter',
    plan: 'Échéancier',
    paid: 'Marquer payée',
    accept: 'Accepter',
    save: 'Enregistrer',
    confirmPaid: 'Confirmer le paiement',
    customerCard: 'Fiche client',
  },
  form: {
    callOutcome: 'Résultat de l’appel',
    callOutcomes: {
      reached: 'Client joint',
      no_answer: 'Pas de réponse',
      voicemail: 'Message laissé',
      wrong_number: 'Mauvais numéro',
    } as Record<string, string>,
    callNote: 'Ce qui a été dit (facultatif)',
    callNotePlaceholder: 'ex. virement promis vendredi',
    invoices: 'Factures concernées',
    allInvoices: 'Toutes les factures ouvertes',
    invoice: 'Facture',
    promiseDate: 'Paiement promis pour le',
    promiseAmount: 'Montant promis (facultatif)',
    amountPlaceholder: 'ex. 1 250,00',
    disputeReason: 'Motif du litige',
    disputePlaceholder: 'ex. livraison incomplète',
    liftNote: 'Comment le litige a été réglé (facultatif)',
    liftPlaceholder: 'ex. avoir émis, le client paie le solde',
    postponeUntil: 'Reporter jusqu’au',
    postponeReason: 'Pourquoi (facultatif)',
    installment: (n: number) => `Échéance ${n}`,
    installmentDate: 'Date',
    installmentAmount: 'Montant',
    planHint: (balance: string) => `Le total des échéances doit faire le reste dû (${balance}).`,
    paidDate: 'Payée le',
    paidAmount: 'Montant reçu',
    paidConfirm: 'Je confirme que ce paiement a été reçu',
  },
  notFound: (name: string) =>
    `Aucun client ne correspond à «${NB}${name}${NB}». Essayez une partie du nom (ex. «${NB}fiche Biocoop${NB}»).`,
  notYours: `Ce client n’est pas dans votre portefeuille${NB}: seuls son commercial, le service crédit client et la direction y ont accès.`,
  notAllowed: 'La fiche client est réservée au service crédit client, à la direction et aux commerciaux.',
  whichCustomer: (name: string) => `Plusieurs clients correspondent à «${NB}${name}${NB}»${NB}: lequel${NB}?`,
  invoiceUnknown: (number: string) =>
    `Je ne trouve pas la facture «${NB}${number}${NB}». Vérifiez le numéro (ex. «${NB}lever le litige F2026-0042${NB}»).`,
  phone: (name: string, phone: string) => `📞 ${name}${NB}: ${phone}`,
  noPhone: (name: string) => `Aucun numéro de téléphone connu pour ${name}.`,
  email: {
    title: (subject: string) => `E-mail envoyé — ${subject}`,
    sentOn: (date: string, time: string) => `Envoyé le ${date} à ${time}`,
    to: (to: string) => `À${NB}: ${to}`,
    messageId: (id: string) => `Message-ID${NB}: ${id}`,
    notKept:
      'Le texte de cet e-mail n’a pas été conservé (envoyé avant que Relances ne garde le texte des e-mails).',
    notFound: 'Cet e-mail est introuvable au journal.',
  },
} as const;

/** What a decision of the customer's card answers, next to the form that made it. */
export const customerOutcomes = {
  call: (outcome: string) => `✅ Appel enregistré (${outcome}).`,
  promised: (count: number, date: string, amount: string | null) =>
    `✅ Promesse enregistrée${amount ? ` (${amount})` : ''} pour le ${date} — ${countOf(count, 'facture')} en pause.`,
  disputed: (invoice: string) =>
    `✅ Litige ouvert sur ${invoice}${NB}: les relances de cette facture sont suspendues.`,
  lifted: (invoice: string) => `✅ Litige levé sur ${invoice}${NB}: les relances reprennent.`,
  postponed: (count: number, date: string) =>
    `✅ ${countOf(count, 'facture')} ${count >= 2 ? 'reportées' : 'reportée'} au ${date}.`,
  plan: (invoice: string, count: number) =>
    `✅ Échéancier de ${countOf(count, 'échéance')} accordé sur ${invoice}.`,
  paid: (invoice: string, amount: string, date: string, settled: boolean) =>
    settled
      ? `✅ ${invoice} marquée payée (${amount} reçus le ${date}).`
      : `✅ Paiement partiel de ${amount} reçu le ${date} enregistré sur ${invoice}.`,
  accepted: (kind: 'agreement' | 'dispute', count: number) =>
    kind === 'agreement'
      ? `✅ Accord du commercial accepté${NB}: ${countOf(count, 'facture')} en pause jusqu’au règlement promis.`
      : `✅ Litige signalé par le commercial ouvert sur ${countOf(count, 'facture')}.`,
  undone: (what: string) => `↩ Décision annulée («${NB}${what}${NB}»)${NB}: l’état précédent est rétabli.`,
  notApplied: (list: string) => ` Non appliqué${NB}: ${list}.`,
  refused: {
    not_allowed: 'Seul le service crédit client peut décider sur un client.',
    unknown_customer: 'Ce client n’existe plus.',
    unknown_invoice: 'Cette facture n’est pas (ou plus) ouverte chez ce client.',
    note_required: 'Écrivez au moins quelques mots (3 caractères ou plus, 500 au plus).',
    outcome_required: 'Choisissez le résultat de l’appel.',
    reason_required: 'Indiquez le motif (3 caractères ou plus).',
    bad_date: `Date invalide${NB}: choisissez une date à venir (dans l’année).`,
    bad_amount: `Montant invalide${NB}: un montant positif, au plus le reste dû.`,
    confirm_required: 'Cochez la confirmation pour marquer la facture payée.',
    not_disputed: 'Cette facture n’est pas en litige.',
    nothing_open: 'Ce client n’a plus de facture ouverte concernée.',
    plan_dates: `Échéancier invalide${NB}: au moins 2 échéances, à des dates à venir et croissantes, chacune avec son montant.`,
    unknown_answer: 'Cette réponse du commercial est introuvable.',
    already_accepted: 'Cette réponse du commercial a déjà été acceptée.',
    undo_stale: `Une autre décision a été prise depuis${NB}: actualisez la fiche avant d’annuler.`,
    nothing_to_undo: `Rien à annuler${NB}: aucune décision récente sur ce client.`,
  } as Record<string, string>,
  planTotal: (total: string, balance: string) =>
    `Le total des échéances (${total}) ne fait pas le reste dû (${balance}).`,
  changedSince: (invoices: string) =>
    `Annulation impossible${NB}: ${invoices} a changé depuis (paiement importé, relance faite…). Décidez à nouveau.`,
  invoicesRefused: (list: string) => `Rien n’a changé${NB}: ${list}.`,
  prefix: '⛔ ',
} as const;

/** The day's card's header: what is left to do (proposed, to post, to check). */
export const dayHeader = {
  left: (left: number, total: number, amount: string) =>
    left === 0
      ? `Tout est traité${NB}: ${countOf(total, 'action menée', 'actions menées')}.`
      : `Reste à faire${NB}: ${left} sur ${total} (${amount}).`,
  why: (customer: string, reason: string) => `${customer}${NB}: ${reason}`,
  sendAllDone: (sent: number, failed: number, skipped: number) =>
    `«${NB}Tout envoyer${NB}» terminé${NB}: ${countOf(sent, 'e-mail envoyé', 'e-mails envoyés')}, ${countOf(failed, 'échec')}, ${countOf(skipped, 'ignoré', 'ignorés')}.`,
} as const;
