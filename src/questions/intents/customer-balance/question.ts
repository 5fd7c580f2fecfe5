import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const customerBalanceQuestion = defineQuestion({
  intent: 'customer_balance',
  description:
    'What one customer owes, with its open invoices and history (« combien nous doit Biocoop ? »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 8, texts: ['nous doit', 'combien doit', 'ou en est', 'que doit'] },
    { weight: 7, texts: ['doit', 'doivent', 'solde', 'soldes', '=encours'] },
    { weight: 8, texts: ['en est ou', 'en sont ou', 'ou en sont', 'on attend', 'attend de'] },
    { weight: 5, texts: ['situation', 'dette', 'dettes', 'compte', 'point sur', 'donne quoi'] },
  ],
});
