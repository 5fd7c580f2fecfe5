import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

/** What is left to pay: the unpaid invoices, or one customer's amount (parser/left-to-pay.ts). */
export const LEFT_TO_PAY: readonly string[] = [
  'restant du',
  'reste payer',
  'reste a payer',
  'reste regler',
  'restant payer',
  'restant regler',
];

export const unpaidInvoicesQuestion = defineQuestion({
  intent: 'unpaid_invoices',
  description:
    'List unpaid invoices (past due, not fully paid), optionally filtered (« quels impayés ce mois ? »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 7,
      texts: [
        'non paye',
        'non payees',
        'non regle',
        'non reglees',
        'pas paye',
        'pas regle',
        'pas encore paye',
        'attente paiement',
        'en souffrance',
        'retards paiement',
        'retard paiement',
        // « factures non soldées »: not settled.
        'non soldee',
        'non soldees',
        'pas soldee',
        'pas soldees',
      ],
    },
    {
      weight: 6,
      texts: [
        'impaye',
        'impayee',
        'impayes',
        'impayees',
        'arrieres',
        'arrieree',
        'encours echu',
        'encours echus',
        // « les factures en retard … à sortir pour le DAF »: late invoices named are the unpaid list,
        // as « impayés » are — « sortir » there is to print, not letters to send (issue 16, left by
        // the thirteenth round).
        'factures en retard',
        'facture en retard',
      ],
    },
    // « le reste à régler », « restant à payer » (issue 16, eighteenth round).
    {
      weight: 4,
      texts: [...LEFT_TO_PAY, '=relancee', '=relancees'],
    },
    { weight: 3, texts: ['en retard', 'echue', 'echues', 'echu', 'echus'] },
    { weight: 2, texts: ['retard', 'retards'] },
    { weight: 1, texts: ['factures', 'facture', 'creances', 'creance'] },
  ],
});
