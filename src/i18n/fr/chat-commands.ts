/**
 * The commands in plain words (« téléphone de biocoop ? », « Biocoop promet de payer le 15 décembre »,
 * « alias SGH pour Société Générale d’Hygiène »): the cards that confirm a writing command, what
 * they answer, and the commands the help lists.
 */
const NB = '\u00a0';

export const chatCommands = {
  /** « historique » alone. */
  whichHistory: `L’historique de quelle facture ou de quel client${NB}? Par exemple «${NB}historique F2026-1042${NB}» ou «${NB}historique client Biocoop${NB}».`,
  /** Writing commands are for the credit controllers. */
  notAllowed:
    'Seul le service crédit client peut enregistrer un litige, une promesse ou un autre nom de client.',
  notYourInvoice: `Cette facture n’est pas dans votre portefeuille.`,
  cancel: 'Non, voir la fiche',
  dispute: {
    title: (invoice: string, customer: string) =>
      `Mettre la facture ${invoice} de ${customer} en litige${NB}?`,
    line: (balance: string, due: string) =>
      `Reste dû${NB}: ${balance} — échéance le ${due}. Les relances de cette facture s’arrêtent pendant le litige.`,
    reason: 'Motif du litige',
    placeholder: 'ex. livraison incomplète, prix contesté…',
    confirm: 'Mettre en litige',
    already: (invoice: string) => `La facture ${invoice} est déjà en litige.`,
    closed: (invoice: string) =>
      `La facture ${invoice} est soldée ou au contentieux${NB}: pas de litige à ouvrir.`,
  },
  promise: {
    title: (customer: string, date: string, what: string) =>
      `Enregistrer la promesse de paiement de ${customer} au ${date} pour ${what}${NB}?`,
    oneInvoice: (invoice: string, balance: string) => `la facture ${invoice} (${balance})`,
    chosenInvoices: 'les factures choisies ci-dessous',
    amount: (amount: string) => `Montant promis${NB}: ${amount}.`,
    noAmount: `Montant non précisé${NB}: le reste dû.`,
    invoices: 'Factures concernées',
    confirm: 'Enregistrer la promesse',
    nothingOpen: (customer: string) =>
      `${customer} n’a aucune facture ouverte${NB}: pas de promesse à enregistrer.`,
    closed: (invoice: string) => `La facture ${invoice} est déjà soldée${NB}: pas de promesse à enregistrer.`,
  },
  alias: {
    title: (alias: string, customer: string) =>
      `Ajouter «${NB}${alias}${NB}» comme autre nom de ${customer}${NB}?`,
    line: 'Les questions et les commandes trouveront ensuite ce client sous ce nom.',
    existing: (aliases: string) => `Autres noms déjà connus${NB}: ${aliases}.`,
    confirm: 'Ajouter',
    added: (alias: string, customer: string) =>
      `✅ «${NB}${alias}${NB}» est maintenant un autre nom de ${customer}.`,
    already: (alias: string, customer: string) =>
      `«${NB}${alias}${NB}» désigne déjà ${customer}${NB}: rien à changer.`,
    refused: {
      not_allowed: '⛔ Seul le service crédit client peut ajouter un autre nom de client.',
      unknown_customer: '⛔ Ce client n’existe plus.',
      bad_alias: `⛔ Ce nom ne convient pas (${60} caractères au plus, des lettres ou des chiffres).`,
      taken: (customer: string) =>
        `⛔ Ce nom désigne déjà ${customer}${NB}: il rendrait les deux clients ambigus.`,
    },
  },
  help: [
    {
      example: 'qui appeler chez Biocoop ?',
      description: `le téléphone, les e-mails et le commercial d’un client (aussi «${NB}mail de la compta de Biocoop${NB}»)`,
    },
    {
      example: 'qu’a-t-on fait sur F2026-1042 ?',
      description: `l’historique d’une facture ou d’un client, dans vos mots`,
    },
    {
      example: 'mettre F2026-1048 en litige',
      description: `ouvre le litige (motif demandé${NB}; «${NB}lever le litige F2026-1048${NB}» le lève)`,
    },
    {
      example: 'Biocoop promet de payer le 15 décembre',
      description: 'enregistre une promesse de paiement après confirmation (date, montant si dit)',
    },
    {
      example: 'alias SGH pour Société Générale',
      description: 'un autre nom pour un client, après confirmation',
    },
  ],
} as const;
