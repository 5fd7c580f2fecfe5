import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const promisesQuestion = defineQuestion({
  intent: 'promises',
  description: 'Promises to pay and whether they are due or broken (« promesses échues »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 9, texts: ['promesse', 'promesses'] },
    { weight: 7, texts: ['promis', 'promise'] },
  ],
});
