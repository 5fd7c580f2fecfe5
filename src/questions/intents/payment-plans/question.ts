import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const paymentPlansQuestion = defineQuestion({
  intent: 'payment_plans',
  description: 'Payment plans in progress (« échéanciers »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 9,
      texts: [
        'echeancier',
        'echeanciers',
        'plan paiement',
        'plans paiement',
        'plan reglement',
        'plans reglement',
        'paiement echelonne',
        'echelonnement',
      ],
    },
    { weight: 7, texts: ['etalement', 'paiements echelonnes', 'paiement plusieurs fois'] },
  ],
});
