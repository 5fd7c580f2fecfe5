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
        'echelonnements',
        'apurement',
        'plan apurement',
        'plans apurement',
        'echeancement',
        'echeancements',
      ],
    },
    {
      weight: 7,
      texts: [
        'etalement',
        'etalements',
        'paiements echelonnes',
        'paiement plusieurs fois',
        'paiements plusieurs fois',
        'reglement plusieurs fois',
        'payer plusieurs fois',
        'paie plusieurs fois',
        'paye plusieurs fois',
        'paient plusieurs fois',
        'payent plusieurs fois',
        'regle plusieurs fois',
        'reglent plusieurs fois',
        'regler plusieurs fois',
        'reglements plusieurs fois',
        'facilites paiement',
        // « qui paie en 3 fois ? », « régler en 4 fois » (a number between is read as a filler).
        'paie en fois',
        'paient en fois',
        'paye en fois',
        'payent en fois',
        'payer en fois',
        'regle en fois',
        'reglent en fois',
        'regler en fois',
      ],
    },
  ],
});
