/**
 * Questions about the figures: what was understood, the answer cards (headlines, columns, facts,
 * notes, definitions) and the examples offered.
 */
import { orList } from '../lists';
import { countOf } from '../plural';

export const questions = {
  notAllowed:
    'Les questions sur les chiffres sont réservées au service crédit client, à la direction et aux commerciaux (pour leurs clients).',
  notVisible:
    'Ce client n’est pas dans votre portefeuille (ou n’existe plus) : seuls son commercial, le service crédit client et la direction en voient les chiffres.',
  unknownCustomer: (name: string) =>
    `Aucun client ne correspond à « ${name} » parmi ceux que vous suivez. Essayez une partie du nom ou le code client.`,
  /** A word of the question that also names customers (« total »: « Pressing Total Net »), after the answer. */
  didYouMean: (names: readonly string[]) =>
    names.length === 1
      ? `Vouliez-vous dire le client «\u00a0${names[0]}\u00a0»\u00a0?`
      : `Vouliez-vous dire l’un des clients ${orList(names.map((n) => `«\u00a0${n}\u00a0»`))}\u00a0?`,
  whichCustomer: (name: string) => `Plusieurs clients correspondent à « ${name} » : lequel ?`,
  notUnderstood: 'Je n’ai pas compris la question.',
  understood: (parts: string) => `J’ai compris : ${parts}.`,
  examplesTitle: 'Exemples de questions :',
  pastCutOff: (what: string, date: string) =>
    `Je ne peux pas donner ${what} au ${date} : Relances connaît les soldes d’aujourd’hui, pas ceux d’une date passée.`,
  todayInstead: 'Voir la situation d’aujourd’hui',
  failed: 'Cette question n’a pas pu être traitée. Réessayez dans un instant.',
  whatOf: {
    customer_balance: 'le compte du client',
    aged_balance: 'la balance âgée',
    overdue_ratio: 'le ratio de créances échues',
    dso: 'le DSO',
    top_late_payers: 'le classement des retards',
    litigation: 'les dossiers au contentieux',
    promises: 'les promesses de paiement',
    disputes: 'les litiges',
    payment_plans: 'les échéanciers',
    planned_actions: 'les relances proposées',
  },
  understoodParts: {
    period: (text: string) => `période ${text}`,
    asOf: (date: string) => `au ${date}`,
    customers: (names: string) => `client ${names}`,
    amount: (text: string) => `montant ${text}`,
    daysLate: (text: string) => `retard ${text}`,
    step: (step: string) => `étape ${step}`,
    risk: (risk: string) => `risque ${risk}`,
    issueBasis: 'date d’émission',
  },
  periods: {
    day: (date: string) => `le ${date}`,
    month: (month: string, year: number) => `en ${month} ${year}`,
    year: (year: number) => `en ${year}`,
    range: (from: string, to: string) => `du ${from} au ${to}`,
  },
  filters: {
    amountGt: (amount: string) => `plus de ${amount}`,
    amountGte: (amount: string) => `au moins ${amount}`,
    amountLt: (amount: string) => `moins de ${amount}`,
    amountLte: (amount: string) => `au plus ${amount}`,
    /** « plus de 1 000,00 € et moins de 5 000,00 € » */
    amountBounds: (bounds: readonly string[]) => bounds.join(' et '),
    daysMin: (days: number) => `au moins ${days} j de retard`,
    daysMax: (days: number) => `au plus ${days} j de retard`,
    daysBetween: (min: number, max: number) => `de ${min} à ${max} j de retard`,
    step: (step: string) => `dernière relance : ${step}`,
    risk: (risk: string) => `clients à risque ${risk}`,
    customers: (names: string) => `client : ${names}`,
    dueBy: (date: string) => `échues au plus tard le ${date}`,
    title: (list: string) => `Filtres : ${list}`,
  },
  risk: { low: 'faible', moderate: 'modéré', high: 'élevé' },
  buckets: {
    not_due: 'Non échu',
    d1_30: '1 à 30 jours',
    d31_60: '31 à 60 jours',
    d61_90: '61 à 90 jours',
    over_90: 'Plus de 90 jours',
  },
  invoiceStatus: {
    open: 'ouverte',
    partially_paid: 'partiellement réglée',
    paid: 'réglée',
    disputed: 'en litige',
    promised: 'promesse',
    payment_plan: 'échéancier',
    litigation: 'contentieux',
    written_off: 'passée en perte',
  },
  actionStatus: {
    proposed: 'proposée',
    queued: 'en file d’attente',
    in_progress: 'en cours',
    uncertain: 'à vérifier',
    sent: 'envoyée',
    generated: 'générée',
    posted: 'postée',
    transferred: 'transmise',
    withdrawn: 'retirée',
    postponed: 'reportée',
    superseded: 'remplacée',
  },
  watchState: { due: 'échue', upcoming: 'à venir', broken: 'non tenue', open: '' },
  noStep: 'aucune relance',
  columns: {
    invoice: 'Facture',
    customer: 'Client',
    dueDate: 'Échéance',
    issueDate: 'Émise le',
    late: 'Retard',
    balance: 'Reste dû',
    status: 'Statut',
    count: 'Factures',
    amount: 'Montant TTC',
    share: 'Part',
    bucket: 'Ancienneté',
    rank: 'Rang',
    overdue: 'Échu TTC',
    maxLate: 'Retard max.',
    rate: 'Taux',
    lateCount: 'En retard',
    considered: 'Échues',
    month: 'Mois',
    sales: 'Ventes TTC',
    days: 'Jours comptés',
    promised: 'Promis pour le',
    state: 'État',
    since: 'Depuis le',
    reason: 'Motif',
    writtenOffOn: 'Passée en perte le',
    transferred: 'Transmise le',
    nextInstallment: 'Prochaine échéance',
    installment: 'Montant',
    step: 'Étape',
    when: 'Quand',
    what: 'Quoi',
    who: 'Qui',
    about: 'Concerne',
    payments: 'Paiements',
    segment: 'Segment',
    total: 'Total',
    family: 'Questions sur',
    examples: 'Exemples',
    closedOn: 'Passée en perte le',
  },
  days: (n: number | string) => `${n} j`,
  notDueYet: 'non échue',
  headlines: {
    unpaid: (count: number, scope: string, amount: string) =>
      count === 0
        ? `Aucune facture impayée${scope ? ` ${scope}` : ''}`
        : `${count} facture${count > 1 ? 's' : ''} impayée${count > 1 ? 's' : ''}${scope ? ` ${scope}` : ''} : ${amount} TTC`,
    unpaidTop: (shown: number, amount: string) => `Les ${shown} plus gros impayés : ${amount} TTC`,
    dueIn: (period: string) => `échues ${period}`,
    issuedIn: (period: string) => `émises ${period}`,
    /** `several`: more than one customer was asked about (« nous doivent »). */
    customerOwes: (name: string, several: boolean, total: string, overdue: string, overdueCount: number) =>
      `${name} nous ${several ? 'doivent' : 'doit'} ${total} TTC, dont ${overdue} échus (${overdueCount} facture${overdueCount > 1 ? 's' : ''} en retard)`,
    customerOwesNothingLate: (name: string, several: boolean, total: string) =>
      `${name} nous ${several ? 'doivent' : 'doit'} ${total} TTC, rien d’échu`,
    customerOwesNothing: (name: string, several: boolean) =>
      `${name} ne nous ${several ? 'doivent' : 'doit'} rien à ce jour`,
    agedBalance: (date: string, total: string, count: number) =>
      `Balance âgée au ${date} : ${total} TTC sur ${count} facture${count > 1 ? 's' : ''}`,
    overdueRatio: (ratio: string, overdue: string, total: string) =>
      `Créances échues : ${ratio} des créances (${overdue} sur ${total} TTC)`,
    overdueRatioNone: 'Aucune créance en cours : pas de ratio à calculer',
    dso: (days: string) => `DSO : ${days} (méthode par épuisement)`,
    dsoOver: (days: string) => `DSO : plus de ${days} (méthode par épuisement)`,
    dsoNone: 'DSO : 0 jour — aucune créance en cours',
    topLatePayers: (shown: number, amount: string) =>
      shown === 0
        ? 'Aucun client en retard de paiement'
        : `Les ${shown} client${shown > 1 ? 's' : ''} les plus en retard : ${amount} échus TTC`,
    lateRate: (rate: string, late: number, considered: number, period: string) =>
      `Taux de retard ${period} : ${rate} (${late} facture${late > 1 ? 's' : ''} sur ${considered})`,
    lateRateNone: (period: string) => `Taux de retard ${period} : aucune facture échue sur la période`,
    litigation: (count: number, amount: string) =>
      count === 0
        ? 'Aucune facture au contentieux'
        : `${count} facture${count > 1 ? 's' : ''} au contentieux (cabinet) : ${amount} TTC`,
    promises: (count: number, due: number, amount: string) =>
      count === 0
        ? 'Aucune promesse de paiement en cours'
        : `${count} promesse${count > 1 ? 's' : ''} de paiement, dont ${due} échue${due > 1 ? 's' : ''} ou non tenue${due > 1 ? 's' : ''} : ${amount} TTC`,
    disputes: (count: number, amount: string) =>
      count === 0
        ? 'Aucun litige ouvert'
        : `${count} litige${count > 1 ? 's' : ''} ouvert${count > 1 ? 's' : ''} : ${amount} TTC`,
    paymentPlans: (count: number, amount: string) =>
      count === 0
        ? 'Aucun échéancier en cours'
        : `${count} échéancier${count > 1 ? 's' : ''} en cours : ${amount} TTC restant dus`,
    plannedActions: (count: number, date: string, amount: string) =>
      count === 0
        ? `Aucune relance proposée le ${date}`
        : `${count} relance${count > 1 ? 's' : ''} proposée${count > 1 ? 's' : ''} le ${date} : ${amount} à recouvrer`,
    plannedActionsOfStep: (count: number, step: string, date: string, amount: string) =>
      count === 0
        ? `Aucune relance à l’étape ${step} proposée le ${date}`
        : `${count} relance${count > 1 ? 's' : ''} à l’étape ${step} proposée${count > 1 ? 's' : ''} le ${date} : ${amount} à recouvrer`,
    plannedActionsUpcoming: (date: string, step: string | undefined) =>
      `Les relances${step ? ` à l’étape ${step}` : ''} du ${date} ne sont pas encore proposées`,
    journal: (count: number, period: string) =>
      count === 0
        ? `Rien au journal ${period}`
        : `${count} décision${count > 1 ? 's' : ''} et événement${count > 1 ? 's' : ''} au journal ${period}`,
    collected: (amount: string, period: string, count: number) =>
      `${amount} encaissés ${period} (${count} paiement${count > 1 ? 's' : ''})`,
    writtenOff: (amount: string, period: string, previous: string, previousPeriod: string) =>
      `${amount} passés en perte ${period}, contre ${previous} ${previousPeriod}`,
    help: 'Questions sur les impayés et les indicateurs',
  },
  facts: {
    total: 'Total TTC',
    overdue: 'Dont échu',
    openInvoices: 'Factures ouvertes',
    paidLastYear: 'Réglées sur 12 mois',
    paidLastYearValue: (count: number, amount: string) => `${countOf(count, 'facture')}, ${amount}`,
    allUnpaid: 'Ensemble des impayés',
    countAmount: (count: number, amount: string) => `${countOf(count, 'facture')}, ${amount} TTC`,
    receivables: 'Créances en cours',
    overdueReceivables: 'Créances échues',
    count: 'Factures',
    lateInvoices: 'Factures payées en retard ou impayées',
    onTime: 'Factures payées à temps',
    unknownDate: 'Sans date de règlement (exclues)',
    customersLate: 'Clients en retard',
    evolution: 'Évolution',
    previous: (period: string) => `Rappel ${period}`,
    invoicesWrittenOff: 'Factures passées en perte',
    walked: 'Mois parcourus',
  },
  notes: {
    dueBasis: 'Période appliquée à la date d’échéance des factures.',
    issueBasis: 'Période appliquée à la date d’émission des factures.',
    asOf: (date: string) => `Factures échues au plus tard le ${date}, encore impayées aujourd’hui.`,
    historyTitle: 'Derniers événements au journal',
    historyMore: (n: number) =>
      `… et ${countOf(n, 'autre')}\u00a0: «\u00a0historique client\u00a0» pour tout voir.`,
    toAct: 'Pour agir sur ces relances : « relances du jour ».',
    proposedEachMorning:
      'Les relances d’un jour sont proposées le matin même, d’après les factures et les paiements connus à ce moment-là.',
    journalShortened: (days: number) => `Période longue : seuls les ${days} derniers jours sont affichés.`,
    collectedShortened: (months: number) =>
      `Période longue : seuls les ${months} derniers mois sont comptés.`,
    collectedSource:
      'Paiements enregistrés par le fichier des paiements (hors règlements connus par l’export des factures).',
    dsoNotExhausted: (months: number) =>
      `Les créances ne sont pas épuisées après ${months} mois de ventes : le DSO dépasse les jours comptés.`,
    groupsTitle: 'Répartition',
    byCustomerTitle: 'Par client',
  },
  definitions: {
    unpaid:
      'Impayé : facture dont l’échéance est dépassée, avec un reste dû d’au moins 1 €, ni réglée ni passée en perte. Montants TTC.',
    agedBalance:
      'Balance âgée : créances en cours (reste dû TTC d’au moins 1 €) réparties selon les jours écoulés depuis l’échéance.',
    overdueRatio: 'Ratio : créances échues ÷ créances totales (restes dus TTC des factures non réglées).',
    dso: 'DSO, méthode par épuisement : les créances en cours sont rapprochées des ventes à crédit (factures émises, TTC) en remontant mois par mois depuis le mois en cours ; chaque mois entièrement absorbé compte pour tous ses jours, le dernier au prorata.',
    lateRate:
      'Taux de retard : parmi les factures arrivées à échéance sur la période, part de celles réglées après leur échéance, passées en perte ou encore impayées. Les factures réglées sans date de règlement connue sont exclues.',
    topLatePayers: 'Classement par montant échu impayé (reste dû TTC des factures en retard).',
    writtenOff:
      'Pertes : factures passées en perte, par date de passage en perte ; montant non recouvré TTC.',
    collected: 'Encaissé : paiements reçus sur la période, par date de paiement.',
  },
  buttons: {
    next: (page: number, pages: number) => `Voir la suite (${page}/${pages}) →`,
    previous: '← Page précédente',
  },
  pageInfo: (from: number, to: number, total: number) => `Lignes ${from} à ${to} sur ${total}`,
  commands: [
    { example: 'quels impayés ce mois ?', description: 'les factures échues ce mois et non réglées' },
    { example: 'combien nous doit Biocoop ?', description: 'le compte d’un client et son historique' },
    {
      example: 'balance âgée',
      description: 'les créances par ancienneté (aussi « DSO », « taux de retard »)',
    },
    { example: 'que puis-je demander ?', description: 'toutes les questions possibles, avec des exemples' },
  ],
} as const;
