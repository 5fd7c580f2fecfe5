/**
 * Every word a user of Relances reads, in French, from this one place (cards, chat answers, errors).
 * Card templates in cards/ bind these texts; code never writes user-facing French inline.
 */
import { cents, formatEuros } from '../domain/money';

/** « 12 j de retard », « échéance dans 5 j », « échéance aujourd’hui ». */
export function lateness(daysLate: number): string {
  if (daysLate > 0) return `${daysLate} j de retard`;
  if (daysLate === 0) return 'échéance aujourd’hui';
  return `échéance dans ${-daysLate} j`;
}

export const fr = {
  appName: 'Relances',
  /** Names of the journal's actors that are not people. */
  actors: {
    job: 'Relances (tâche quotidienne)',
    demo: 'Données de démonstration',
    commandLine: (user: string | undefined) => (user ? `${user} (ligne de commande)` : 'ligne de commande'),
  },
  welcome: {
    title: 'Bienvenue dans Relances',
    intro:
      'Relances pilote le recouvrement des factures clients : chaque jour ouvré, il prépare les relances dues selon le calendrier de l’entreprise et vous les propose en un clic.',
    ladderTitle: 'Le calendrier de relance',
    commandsTitle: 'Ce que vous pouvez me demander',
    footer: 'Chaque décision est enregistrée au journal : qui, quand, quoi.',
    helpButton: 'Aide',
  },
  help: {
    title: 'Aide — ce que Relances sait faire',
    unknown: (text: string) => `Je n’ai pas compris « ${text} ». Voici ce que je sais faire :`,
  },
  commands: {
    aide: { example: 'aide', description: 'cette aide' },
    today: { example: 'relances du jour', description: 'les relances à mener aujourd’hui, en un clic' },
    history: {
      example: 'historique F2026-1042',
      description: 'l’historique d’une facture (ou « historique client Biocoop »)',
    },
    procedure: { example: 'procédure', description: 'la procédure de relance en vigueur (.docx)' },
    mandate: {
      example: 'lettre au cabinet',
      description: 'le courrier confiant le contentieux au cabinet d’avocats (.docx)',
    },
  },
  errors: {
    generic: 'Désolé, une erreur est survenue. Elle a été enregistrée ; réessayez dans un instant.',
    unauthorized: 'Requête refusée : authentification du canal Bot Framework requise.',
    loopbackOnly:
      'Requête refusée : sans BOT_ID configuré, Relances n’accepte les messages que depuis cette machine (127.0.0.1).',
  },
  importCli: {
    usage:
      'Usage : npm run import -- <clients|factures|paiements> <fichier.csv> [--skip-invalid]\n' +
      '  --skip-invalid  importe les lignes valides et écrit les lignes rejetées dans <fichier>.rejets.csv',
    unreadable: (path: string, reason: string) => `Impossible de lire ${path} : ${reason}`,
    progress: 'Import',
    rejectsWritten: (path: string) => `Lignes rejetées écrites dans ${path}`,
    failed: (reason: string) => `L’import a échoué : ${reason}`,
  },
  job: {
    futureDate: (date: string) =>
      `Date refusée : le ${date} est dans le futur. La tâche quotidienne ne s’exécute que pour aujourd’hui ou une date passée.`,
    notBusinessDay: (date: string) => `Le ${date} n’est pas un jour ouvré : pas de relance.`,
    alreadyRan: (date: string) => `La tâche du ${date} a déjà été exécutée.`,
    leaseHeld: 'Une autre instance exécute déjà la tâche quotidienne.',
    superseded: (date: string) => `reprise dans les relances du ${date}`,
    noLongerDue: 'plus à faire : facture réglée, en pause ou déjà relancée',
    rateMissing: (semesterStart: string) =>
      `Taux de la BCE du semestre commençant le ${semesterStart} non renseigné : les pénalités de retard figureront « à compléter » dans les courriers. Renseignez-le dans la table des taux.`,
    /** `invoices`: « 3 factures ouvertes ». */
    unknownCustomers: (invoices: string) => `${invoices} d’un client inconnu : importez le fichier clients.`,
    summary: (date: string, actions: number, created: number) =>
      `Relances du ${date} : ${actions} action(s) proposée(s) (${created} nouvelle(s)).`,
  },
  jobCli: {
    usage: 'Usage : npm run job -- [--date aaaa-mm-jj]',
    failed: (reason: string) => `La tâche quotidienne a échoué : ${reason}`,
    actionLine: (a: {
      step: string;
      customerName: string;
      invoices: unknown[];
      total: number;
      maxDaysLate: number;
      status: string;
    }) =>
      `${a.step.padEnd(5)} ${a.customerName} — ${a.invoices.length} facture(s), ${formatEuros(cents(a.total))}, ${lateness(a.maxDaysLate)}${a.status === 'proposed' ? '' : ` (${a.status})`}`,
  },
  jobRoute: {
    disabled: 'Exécution à distance désactivée : définissez JOB_KEY pour autoriser POST /api/jobs/daily.',
    badKey: 'Clé x-job-key absente ou incorrecte.',
    badDate: 'Date invalide : attendu { "date": "aaaa-mm-jj" }.',
  },
  documents: {
    linkExpired: 'Ce lien a expiré. Demandez un nouveau lien depuis Relances.',
    linkInvalid: 'Lien invalide : il a été modifié ou ne provient pas de Relances.',
    notFound: 'Document introuvable.',
  },
  digest: {
    title: (dateWithWeekday: string) => `Relances du ${dateWithWeekday}`,
    subtitle: (count: number, amount: string) => `${count} action(s) à mener — ${amount} à recouvrer`,
    nothing: 'Aucune relance à mener aujourd’hui.',
    dayOff: (today: string, day: string) =>
      `Nous sommes le ${today}, jour non ouvré : aucune relance nouvelle n’est due. Voici ce qui reste à faire du ${day}.`,
    footer: 'Chaque clic est une décision enregistrée au journal : qui, quand, quoi.',
    readOnlyFooter: 'Lecture seule : seul le service crédit client agit sur les relances.',
    total: (count: number, amount: string, pending: number) =>
      `${count} client(s) — ${amount}${pending > 0 ? ` — ${pending} à traiter` : ' — tout est traité'}`,
    sectionSummary: (count: number, amount: string) => `${count} client(s), ${amount}`,
    rowDetail: (n: number, invoices: string, late: string, risk: string) =>
      `${n} facture(s) : ${invoices} — ${late} — ${risk}`,
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
      lrarLabel: 'N° de la lettre recommandée',
      lrarPlaceholder: 'ex. 1A 234 567 8901 2',
      /** `firm`: the firm's nickname (« Aptos »). */
      transfer: (firm: string) => `Transmettre à ${firm}`,
      more: 'Autres actions…',
      open: 'Ouvrir le document',
      previous: '← Page précédente',
      next: (page: number, pages: number) => `Page suivante (${page}/${pages}) →`,
    },
  },
  confirmTransfer: {
    title: (customer: string, firm: string) => `Transmettre le dossier ${customer} à ${firm} ?`,
    invoices: 'Factures',
    balance: 'Reste dû',
    late: 'Retard',
    consequence: (firm: string) =>
      `Le dossier (lettre de transmission, dossier de recouvrement et historique des relances) sera envoyé par e-mail à ${firm}. Les factures passeront au contentieux : plus aucune relance interne. Le commercial sera prévenu.`,
    confirm: 'Confirmer la transmission',
    cancel: 'Annuler',
  },
  letters: {
    letterFile: 'Relance',
    noticeFile: 'Mise en demeure',
    transferFile: 'Transmission au cabinet',
    dossierFile: 'Dossier de recouvrement',
    transferSubject: (customer: string, invoices: string) =>
      `Transmission d’un dossier de recouvrement — ${customer} — ${invoices}`,
    transferBody: (contact: string, customer: string, controller: string) =>
      `Bonjour ${contact},\n\nVeuillez trouver ci-joints la lettre de transmission et le dossier de recouvrement de ${customer}, conformément à notre convention. Les relances internes sont restées sans effet.\n\nJe reste à votre disposition pour toute pièce complémentaire.\n\nBien cordialement,\n${controller}`,
  },
  history: {
    invoiceTitle: (number: string, customer: string) => `Historique de la facture ${number} — ${customer}`,
    customerTitle: (customer: string) => `Historique du client ${customer}`,
    empty: 'Rien au journal pour l’instant.',
    count: (n: number) => `${n} décision(s) et événement(s) au journal, du plus récent au plus ancien`,
    invoiceNotFound: (number: string) =>
      `Je ne trouve pas la facture « ${number} ». Vérifiez le numéro (ex. « historique F2026-0042 »).`,
    customerNotFound: (name: string) =>
      `Aucun client ne correspond à « ${name} ». Essayez une partie du nom ou le code client.`,
    whichCustomer: (name: string) => `Plusieurs clients correspondent à « ${name} » : lequel ?`,
    notYours:
      'Ce client n’est pas dans votre portefeuille : seul son commercial, le service crédit client et la direction y ont accès.',
    notAllowed:
      'L’historique est réservé au service crédit client, à la direction et aux commerciaux (pour leurs clients).',
  },
  documentsCommand: {
    procedureReady:
      'Voici la procédure de relance, générée à partir du calendrier et de l’organisation en vigueur :',
    mandateReady: (firm: string) =>
      `Voici le courrier officiel confiant à ${firm} le recouvrement contentieux :`,
    notAllowed: 'Ces documents sont réservés au service crédit client et à la direction.',
    open: (name: string) => `Ouvrir « ${name} »`,
    procedureFile: (company: string) => `Procédure de relance — ${company}.docx`,
    mandateFile: (firm: string) => `Lettre de mission — ${firm}.docx`,
  },
  sales: {
    titles: {
      formal_notice: (customer: string) => `Votre client ${customer} reçoit une mise en demeure`,
      pre_transfer: (customer: string) => `Votre client ${customer} va être transmis au cabinet d’avocats`,
      transferred: (customer: string) => `Votre client ${customer} est au contentieux`,
    },
    intros: {
      formal_notice: (firm: string, date: string) =>
        `Malgré les relances, des factures restent impayées. Une mise en demeure part aujourd’hui en recommandé ; sans règlement, le dossier sera transmis à ${firm}${date ? ` vers le ${date}` : ''}. Si vous savez quelque chose, dites-le au service crédit client.`,
      pre_transfer: (firm: string, date: string) =>
        `Sans règlement ni accord, le dossier sera transmis à ${firm} le ${date}. C’est le moment de signaler un accord de paiement ou un litige commercial.`,
      transferred: (firm: string) =>
        `Le dossier a été transmis aujourd’hui à ${firm}, qui se charge désormais du recouvrement.`,
    },
    facts: {
      invoices: 'Factures',
      balance: 'Reste dû',
      late: 'Retard',
      planned: 'Transmission prévue',
      contact: 'Contact au cabinet',
    },
    daysLate: (n: number) => `${n} jour(s)`,
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
      nothing: (who: string) => `✓ ${who} : rien à signaler`,
    },
    controllerNotes: {
      toldNoAnswer: (rep: string, date: string) => `ℹ Commercial (${rep}) prévenu le ${date}, sans réponse`,
      unreachable: (rep: string, reason: string) => `⚠ Commercial (${rep}) injoignable : ${reason}`,
    },
    acceptPromise: (date: string) => `Accepter l’accord (${date})`,
    acceptDispute: 'Ouvrir le litige signalé',
    recorded: '✅ Réponse transmise au service crédit client.',
    notYours: 'Ce client n’est pas dans votre portefeuille : réponse refusée.',
    unknownNotice: 'Cette alerte n’existe plus.',
    badDate: 'indiquez une date de règlement à venir (6 mois au plus)',
    reasonRequired: 'indiquez le motif du litige (3 caractères au moins)',
    outcomeRequired: 'indiquez le résultat de l’appel (3 caractères au moins)',
    notInstalled:
      'n’a pas installé Relances dans Teams et son identifiant Teams est inconnu (SALES_REP_AAD_IDS)',
    objected: (text: string) => `${text}. Confirmez-vous la transmission malgré tout ?`,
  },
  controller: {
    notForYou:
      'Les relances du jour sont réservées au service crédit client et à la direction. Demandez « aide » pour voir ce que vous pouvez consulter.',
  },
  detail: {
    title: (customer: string, step: string) => `${customer} — ${step}`,
    subtitle: (amount: string, late: string) => `${amount} — ${late}`,
    invoiceLine: (due: string, balance: string, late: string) =>
      `échéance ${due} — reste dû ${balance} — ${late}`,
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
  },
  decisions: {
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
    withdrawn: (customer: string, reason: string) => `↩ Relance retirée pour ${customer} : ${reason}.`,
    noBillingEmail:
      'aucune adresse e-mail de facturation pour ce client (importez-la dans le fichier clients)',
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
    stillRunning: (customer: string) =>
      `⏳ ${customer} : en cours, la carte se mettra à jour une fois terminé.`,
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
  },
  repairViews: {
    done: (invoices: number) =>
      `Vues des factures reconstruites à partir des ${invoices} facture${invoices >= 2 ? 's' : ''} enregistrée${invoices >= 2 ? 's' : ''}.`,
    failed: (reason: string) => `La reconstruction des vues a échoué : ${reason}`,
  },
  playgroundAs: {
    usage: (names: string) =>
      `Usage : npm run playground:as -- <prénom ou e-mail>  (personnes de la démo : ${names})`,
    botNotRunning: (port: number) =>
      `Le bot n’écoute pas sur le port ${port} : lancez d’abord « npm start » dans un autre terminal.`,
    ready: (name: string, url: string) => `Playground de ${name} : ouvrez ${url} (Ctrl-C pour arrêter).`,
  },
  startup: {
    ready: (url: string) => `Relances est prêt : ouvrez ${url} dans votre navigateur (Ctrl-C pour arrêter).`,
    readyNoPlayground: (port: number) =>
      `Relances écoute sur le port ${port} (POST /api/messages). BOT_ID est défini : le Playground n’est pas lancé.`,
  },
  mail: {
    noRecipient: 'aucun destinataire : renseignez l’adresse e-mail de facturation du client',
    recipientRefused: (addresses: string) => `adresse refusée par le serveur de messagerie : ${addresses}`,
    messageRefused: (code: number) => `message refusé par le serveur de messagerie (code ${code})`,
    serverBusy: (code: number) =>
      `serveur de messagerie momentanément indisponible (code ${code}) : l’envoi sera retenté`,
    unreachable: 'serveur de messagerie injoignable : l’envoi sera retenté',
    authRefused: 'identifiants refusés par le serveur de messagerie : vérifiez SMTP_URL',
    tlsFailed:
      'connexion chiffrée au serveur de messagerie impossible : vérifiez SMTP_URL (smtp:// ou smtps://)',
    unexpected: 'erreur inattendue pendant l’envoi de l’e-mail',
    graphRefused: (message: string) => `envoi refusé par Microsoft 365 : ${message}`,
    graphStatus: (status: number) => `erreur HTTP ${status}`,
    graphNoDetail: 'jeton d’accès refusé',
    graphThrottled: 'Microsoft 365 limite momentanément les envois : l’envoi sera retenté',
    graphUnavailable: (status: number) =>
      `Microsoft 365 momentanément indisponible (HTTP ${status}) : l’envoi sera retenté`,
    graphUnreachable: 'Microsoft 365 injoignable : l’envoi sera retenté',
    graphAuthRefused: (message: string) =>
      `connexion à Microsoft 365 refusée : ${message} — vérifiez GRAPH_TENANT_ID, GRAPH_CLIENT_ID et SECRET_GRAPH_CLIENT_SECRET`,
    outboxWriteFailed: (dir: string) => `impossible d’écrire l’e-mail dans le dossier ${dir}`,
  },
  questions: {
    notAllowed:
      'Les questions sur les chiffres sont réservées au service crédit client, à la direction et aux commerciaux (pour leurs clients).',
    notVisible:
      'Ce client n’est pas dans votre portefeuille (ou n’existe plus) : seuls son commercial, le service crédit client et la direction en voient les chiffres.',
    unknownCustomer: (name: string) =>
      `Aucun client ne correspond à « ${name} » parmi ceux que vous suivez. Essayez une partie du nom ou le code client.`,
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
      in_progress: 'en cours',
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
      question: 'Question',
      answer: 'Réponse',
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
      paidLastYearValue: (count: number, amount: string) => `${count} facture(s), ${amount}`,
      allUnpaid: 'Ensemble des impayés',
      countAmount: (count: number, amount: string) => `${count} facture(s), ${amount} TTC`,
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
      historyMore: (n: number) => `… et ${n} autre(s) : « historique client » pour tout voir.`,
      toAct: 'Pour agir sur ces relances : « relances du jour ».',
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
    examples: [
      { question: 'quels impayés ce mois ?', answer: 'les factures échues ce mois et non réglées' },
      {
        question: 'combien nous doit Biocoop ?',
        answer: 'le compte d’un client : factures ouvertes, historique',
      },
      {
        question: 'impayés de plus de 30 jours',
        answer: 'aussi par montant, par client ou par étape (« mise en demeure »)',
      },
      { question: 'impayés émis en octobre', answer: 'par date d’émission plutôt que d’échéance' },
      { question: 'balance âgée', answer: 'non échu, 1–30, 31–60, 61–90, plus de 90 jours' },
      { question: 'taux de créances échues', answer: 'créances échues ÷ créances totales' },
      { question: 'DSO', answer: 'délai moyen de paiement, méthode par épuisement' },
      { question: 'top 10 des mauvais payeurs', answer: 'les clients au plus gros montant échu' },
      { question: 'taux de retard par segment de risque', answer: 'ou par client, sur une période' },
      {
        question: 'qu’est-ce qui est au contentieux ?',
        answer: 'les dossiers transmis au cabinet d’avocats',
      },
      { question: 'promesses échues', answer: 'aussi « litiges ouverts », « échéanciers »' },
      { question: 'qu’a-t-on fait hier ?', answer: 'le journal des décisions (« cette semaine »…)' },
      { question: 'encaissé ce mois', answer: 'les paiements reçus' },
      { question: 'pertes cette année vs l’an dernier', answer: 'les créances passées en perte' },
    ],
    commands: [
      { example: 'quels impayés ce mois ?', description: 'les factures échues ce mois et non réglées' },
      { example: 'combien nous doit Biocoop ?', description: 'le compte d’un client et son historique' },
      {
        example: 'balance âgée',
        description: 'les créances par ancienneté (aussi « DSO », « taux de retard »)',
      },
      { example: 'que puis-je demander ?', description: 'toutes les questions possibles, avec des exemples' },
    ],
  },
} as const;
