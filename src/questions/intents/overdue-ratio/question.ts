import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const overdueRatioQuestion = defineQuestion({
  intent: 'overdue_ratio',
  description: 'Overdue receivables divided by total receivables (« taux de créances échues »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 9,
      texts: [
        'taux echu',
        'taux creances echues',
        'part echue',
        'part creances echues',
        'pourcentage echu',
        'taux impayes',
        'taux impaye',
        'part impayes',
        'pourcentage impayes',
        'encours echu',
        'ratio creances',
        'part encours retard',
        'part encours',
        'part en retard',
      ],
    },
    { weight: 7, texts: ['ratio', 'creances totales'] },
    { weight: 6, texts: ['creances echues'] },
  ],
});
