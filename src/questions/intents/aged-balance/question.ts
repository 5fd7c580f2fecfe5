import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const agedBalanceQuestion = defineQuestion({
  intent: 'aged_balance',
  description: 'Aged balance of receivables: not due, 1–30, 31–60, 61–90, over 90 days (« balance âgée »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 10, texts: ['balance agee', 'balance ages', 'balance anciennete', 'balance age'] },
    {
      weight: 8,
      texts: ['non echu', 'non echus', 'anteriorite', 'vieillissement', 'tranches retard', 'tranche retard'],
    },
    { weight: 7, texts: ['anciennete', 'tranches'] },
    // « ventilation de l’encours »; « ventilation des impayés par étape » is the unpaid list (its words weigh more).
    { weight: 4, texts: ['ventilation'] },
    { weight: 5, texts: ['balance'] },
  ],
});
