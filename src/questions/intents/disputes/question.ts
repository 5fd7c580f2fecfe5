import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const disputesQuestion = defineQuestion({
  intent: 'disputes',
  description: 'Open disputes (« litiges »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 9, texts: ['litige', 'litiges', 'litigieuse', 'litigieuses', 'contestation', 'contestations'] },
    { weight: 7, texts: ['contestee', 'contestees', 'conteste', 'contestes', 'reclamation', 'reclamations'] },
    { weight: 6, texts: ['desaccord', 'desaccords', 'differend', 'differends'] },
    { weight: 8, texts: ['contestent', 'contestant', 'conteste facture', 'contestent factures'] },
  ],
});
