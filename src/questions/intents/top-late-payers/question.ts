import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const topLatePayersQuestion = defineQuestion({
  intent: 'top_late_payers',
  description: 'Customers ranked by overdue amount (« top 10 des mauvais payeurs »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 9, texts: ['mauvais payeurs', 'mauvais payeur', 'pires payeurs', 'retardataires'] },
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
    { weight: 6, texts: ['clients retard', 'payeurs', 'clients paient retard'] },
  ],
});
