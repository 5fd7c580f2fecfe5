import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const promisesQuestion = defineQuestion({
  intent: 'promises',
  description: 'Promises to pay and whether they are due or broken (« promesses échues »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 9, texts: ['promesse', 'promesses'] },
    { weight: 7, texts: ['promis', 'promise'] },
    // « engagements de paiement », « engagements de payer » (the seeds' words for a promise).
    {
      weight: 9,
      texts: [
        'engagement paiement',
        'engagements paiement',
        'engagement payer',
        'engagements payer',
        'engagement reglement',
        'engagements reglement',
        // « qui s’est engagé à payer ? », « les clients engagés à régler ».
        'engage payer',
        'engagee payer',
        'engages payer',
        'engagees payer',
        'engage regler',
        'engages regler',
      ],
    },
  ],
});
