/**
 * Everything that can be asked, by family, with examples: the one catalogue the help pages
 * (« que puis-je demander ? ») list and the close examples offered after a question that was not
 * understood are chosen from. It follows the README's « Questions in French » list.
 *
 * `also` holds words a user may write for the same thing (« contestées » for a dispute): they help
 * choose the examples closest to a question and are never shown.
 */
import { firmShortName } from '../law-firm';

export interface QuestionExample {
  /** The question as a user would type it; a button asks exactly this. */
  text: string;
  /** Other words for the same thing, for ranking only. */
  also?: string;
}

export interface QuestionFamily {
  title: string;
  examples: readonly QuestionExample[];
}

/**
 * The families and their examples; the law firm's name is the configured one (without it, its
 * example is left out: no firm's name is ever written here).
 */
export function questionFamilies(lawFirm?: string): readonly QuestionFamily[] {
  return [
    {
      title: 'Les impayés',
      examples: [
        { text: 'quels impayés ce mois ?', also: 'retard échues non réglées dues' },
        { text: 'impayés d’octobre 2026', also: 'retard échues mois' },
        { text: 'impayés de plus de 30 jours', also: 'retard ancienneté vieux' },
        { text: 'impayés supérieurs à 5 000 €', also: 'montant gros euros' },
        { text: 'échues entre le 5 et le 20', also: 'impayés dates période' },
        { text: 'impayés de la deuxième quinzaine d’octobre', also: 'quinze jours période' },
        { text: 'impayés au stade de la mise en demeure', also: 'étape lettre recommandée relance' },
        { text: 'factures émises en octobre encore impayées', also: 'facturées émission' },
        { text: 'impayés par client', also: 'regroupés répartition' },
        { text: 'c koi le total des impayés a fin octobre', also: 'somme montant' },
      ],
    },
    {
      title: 'Un client',
      examples: [
        { text: 'combien nous doit Biocoop ?', also: 'solde compte encours dette' },
        { text: 'situation du client C007', also: 'solde compte code' },
        { text: 'où en est la SGH ?', also: 'situation solde sigle' },
      ],
    },
    {
      title: 'Les indicateurs',
      examples: [
        { text: 'balance âgée', also: 'ancienneté tranches créances' },
        { text: 'taux d’impayés', also: 'ratio créances échues pourcentage' },
        { text: 'DSO ?', also: 'délai moyen paiement jours' },
        { text: 'taux de retard par segment de risque', also: 'pourcentage risque' },
      ],
    },
    {
      title: 'Les plus gros débiteurs',
      examples: [
        { text: 'top 5 des mauvais payeurs', also: 'classement pires clients débiteurs' },
        { text: 'qui nous doit le plus ?', also: 'débiteurs classement fric argent' },
        { text: 'les plus gros retards', also: 'classement retardataires' },
      ],
    },
    {
      title: 'Tendances et comparaisons',
      examples: [
        { text: 'ça va mieux que le mois dernier ?', also: 'comparaison pire amélioration' },
        { text: 'évolution des retards', also: 'tendance courbe progression' },
        { text: 'évolution du DSO depuis juin', also: 'tendance délai paiement' },
        { text: 'encaissements ce mois vs le mois dernier', also: 'comparaison paiements reçus' },
      ],
    },
    {
      title: 'Les dossiers à suivre',
      examples: [
        ...(lawFirm
          ? [{ text: `qu’est-ce qui est chez ${firmShortName(lawFirm)} ?`, also: 'avocats cabinet transmis' }]
          : []),
        { text: 'qu’est-ce qui est au contentieux ?', also: 'avocats cabinet judiciaire' },
        { text: 'promesses de paiement non tenues', also: 'promis engagement' },
        { text: 'litiges ouverts', also: 'contestées contestation réclamation désaccord' },
        { text: 'qui a un échéancier ?', also: 'plan étalement mensualités' },
      ],
    },
    {
      title: 'Le travail du jour et ce qui a été fait',
      examples: [
        { text: 'que dois-je faire aujourd’hui ?', also: 'relances actions prévues jour' },
        { text: 'quelles lettres recommandées partent aujourd’hui ?', also: 'courriers envoi' },
        { text: 'qu’a-t-on fait hier ?', also: 'journal décisions actions' },
        { text: 'mises en demeure envoyées cette semaine', also: 'courriers lettres journal' },
      ],
    },
    {
      title: 'L’argent',
      examples: [
        { text: 'encaissé ce mois', also: 'paiements reçus règlements encaissements' },
        { text: 'pertes cette année vs l’an dernier', also: 'passées perte irrécouvrables' },
      ],
    },
    {
      title: 'La fiche d’un client et ses contacts',
      examples: [
        { text: 'fiche Biocoop', also: 'dossier client' },
        { text: 'téléphone de biocoop ?', also: 'numéro mail contact appeler joindre' },
        { text: 'qui appeler à la SGH ?', also: 'contact téléphone joindre' },
      ],
    },
    {
      title: 'L’historique',
      examples: [
        { text: 'historique F2026-1042', also: 'facture journal' },
        { text: 'qu’a-t-on fait sur F2026-1042 ?', also: 'historique facture' },
        { text: 'historique client Biocoop', also: 'journal' },
      ],
    },
    {
      title: 'Décider en quelques mots (une carte à confirmer)',
      examples: [
        { text: 'lever le litige F2026-1048', also: 'contestation contestée fin' },
        { text: 'mettre F2026-1048 en litige', also: 'contester contestée réclamation' },
        { text: 'Biocoop promet de payer le 15 décembre', also: 'promesse engagement' },
        { text: 'alias SGH pour Société Générale d’Hygiène', also: 'surnom sigle nom' },
      ],
    },
    {
      title: 'En anglais',
      examples: [
        { text: 'show me overdue invoices above 60 days' },
        { text: 'who owes us the most?' },
        { text: "what's our DSO?" },
      ],
    },
    {
      title: 'L’aide',
      examples: [{ text: 'que puis-je demander ?', also: 'aide exemples questions possibles' }],
    },
  ];
}

/** The help pages' texts. */
export const questionHelp = {
  headline: 'Ce que vous pouvez demander',
  subtitle: 'Touchez une question pour la poser, ou écrivez-la à votre façon.',
  page: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  allQuestions: 'Toutes les questions possibles',
  closeTitle: 'Questions proches :',
  /** A command chosen on the help card: it is typed, not run from the card. */
  typeIt: (text: string) => `Écrivez « ${text} » dans la conversation : je m’en occupe.`,
  /** The way out of an unknown customer: the same question for every customer. */
  everyCustomer: 'Voir pour tous les clients',
} as const;
