import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const writtenOffQuestion = defineQuestion({
  intent: 'written_off',
  description: 'Invoices written off in a period, compared with one year earlier (« pertes cette année »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 9,
      texts: [
        'passages perte',
        'passage perte',
        'passe perte',
        'passees perte',
        'creances perdues',
        'abandon creance',
      ],
    },
    { weight: 8, texts: ['perte', 'pertes', 'irrecouvrable', 'irrecouvrables'] },
    { weight: 6, texts: ['perdu', 'perdus', 'perdue', 'perdues'] },
  ],
});
