import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

/** « qui a / quel client a / qui ont » then « (le) plus (d') » and a word of what is overdue. */
const MOST_OVERDUE = ['qui a', 'qui ont', 'client a', 'clients ont'].flatMap((who) =>
  ['echu', 'echus', 'impayes', 'impaye', 'retard', 'retards', 'arrieres', 'creances echues', 'dettes'].map(
    (what) => `${who} plus ${what}`,
  ),
);

export const topLatePayersQuestion = defineQuestion({
  intent: 'top_late_payers',
  description: 'Customers ranked by overdue amount (« top 10 des mauvais payeurs »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 9,
      texts: ['mauvais payeurs', 'mauvais payeur', 'pires payeurs', 'retardataires', 'mauvais eleves'],
    },
    // « qui nous doit le plus ? », « nos plus gros débiteurs », « les clients qui doivent le plus ».
    {
      weight: 9,
      texts: [
        'nous doit plus',
        'nous doivent plus',
        'doit plus',
        'doivent plus',
        'doit plus argent',
        'plus gros debiteurs',
        'plus gros debiteur',
        'principaux debiteurs',
        'gros debiteurs',
        'plus grosses dettes',
        'plus gros encours',
        'plus endettes',
        'pires clients',
        // « qui concentre le plus d'échu ? » (thirty-ninth round): who holds the most.
        'concentre plus',
        'concentrent plus',
        // « le pire client ? » (thirty-sixth round): the first of the ranking.
        'pire client',
        'plus mauvais client',
        'plus mauvais clients',
        'top debiteurs',
        // « top 3 clients à risque élevé », « le top 10 des clients »: a ranking of customers (the plural
        // written: « top 10 par client » groups nothing and ranks no one).
        'top =clients',
        // « les clients qui paient mal », « le top 10 des cli ki paient mal ».
        'paient mal',
        'payent mal',
        'paie mal',
        'paye mal',
        'classement debiteurs',
        'classement clients',
        // « classer les 10 clients … », « trie les clients par retard », « trier les clients ».
        'classer clients',
        'classe clients',
        'classez clients',
        'trier clients',
        'trie clients',
        'qui paye pas',
        'qui paie pas',
        'qui paient pas',
        'qui payent pas',
        'qui ne paie pas',
        'qui ne paye pas',
        'qui ne paient pas',
        'qui ne payent pas',
        // « les gros retards », « les plus grosses ardoises », « qui paye jamais ? ».
        'gros retards',
        'grosses ardoises',
        'qui paye jamais',
        'qui paie jamais',
        'qui paient jamais',
        'qui payent jamais',
        // « ceux qui ne paient JAMAIS », « qui ne règle jamais ? ».
        'ne paie jamais',
        'ne paye jamais',
        'ne paient jamais',
        'ne payent jamais',
        'ne regle jamais',
        'ne reglent jamais',
        'qui reglent jamais',
        'qui regle jamais',
        // « c qui les plus gros chez mes clients », « les plus gros clients en retard ».
        // « les clients qui paient toujours en retard », « qui traîne le plus à payer ? ».
        'paient toujours retard',
        'payent toujours retard',
        'paie toujours retard',
        'paye toujours retard',
        'paie plus mal',
        'paient plus mal',
        'payent plus mal',
        'paye plus mal',
        // « les 5 clients qui payent le pire » (issue 16, nineteenth round: a Gen-Z apprentice).
        'paie pire',
        'paient pire',
        'payent pire',
        'paye pire',
        'regle pire',
        'reglent pire',
        // « qui a le + d'échu ? », « quel client a le plus d'impayés à + de 60 j ? », « qui a le plus de
        // retard ? » (issue 16, twentieth round): who has the most of what is overdue, a ranking.
        ...MOST_OVERDUE,
        'qui traine plus',
        'qui trainent plus',
        'qui plus gros',
        'plus gros clients',
      ],
    },
    {
      weight: 8,
      texts: [
        'plus gros retards',
        'plus en retard',
        'plus retard',
        'qui paie retard',
        'qui paient retard',
        'classement retard',
        'top retard',
        'plus mauvais',
      ],
    },
    // « payeurs » exactly: « payer » (« il a payé ? », « engagé à payer ») is no ranking.
    {
      weight: 6,
      texts: ['clients retard', '=payeurs', '=payeur', 'clients paient retard', 'debiteurs', 'debiteur'],
    },
  ],
});
