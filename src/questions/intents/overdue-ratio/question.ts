import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const overdueRatioQuestion = defineQuestion({
  intent: 'overdue_ratio',
  description: 'Overdue receivables divided by total receivables (« taux de créances échues »).',
  parameters: QUESTION_PARAMETERS,
  // A share needs a word of share (« taux », « % », « part », « proportion », « ratio »): « créances
  // échues », « encours échu » alone are lists of unpaid invoices (../../parser/share.ts).
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
        'ratio creances',
        'part encours retard',
        'part encours',
        'part en retard',
        // « quelle part est déjà en retard ? », « quelle proportion est déjà échue ? ».
        'part deja retard',
        'part deja echue',
        'proportion deja retard',
        'proportion deja echue',
        'proportion en retard',
        'proportion echue',
        'proportion encours',
        'proportion impayes',
        'proportion creances',
        '% impayes',
        '% impaye',
        '% echu',
        '% creances',
        '% encours',
      ],
    },
    { weight: 7, texts: ['ratio', 'creances totales'] },
  ],
});
