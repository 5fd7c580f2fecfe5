import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const litigationQuestion = defineQuestion({
  intent: 'litigation',
  description: 'Invoices handed to the law firm (« contentieux », « chez le cabinet »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 9, texts: ['contentieux', 'recouvrement judiciaire'] },
    { weight: 7, texts: ['avocat', 'avocats', 'injonction'] },
    { weight: 6, texts: ['cabinet', 'transmis', 'transmises', 'transmise', 'transferees'] },
  ],
});
