import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const litigationQuestion = defineQuestion({
  intent: 'litigation',
  description: 'Invoices handed to the law firm (« contentieux », « chez le cabinet »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 9,
      texts: [
        'contentieux',
        'recouvrement judiciaire',
        'procedure judiciaire',
        'procedures judiciaires',
        'injonction payer',
        'injonctions payer',
        // « chez le commissaire de justice » (the bailiff's title since 2022).
        'commissaire justice',
        'commissaires justice',
      ],
    },
    {
      weight: 7,
      texts: [
        'avocat',
        'avocats',
        'injonction',
        'injonctions',
        'huissier',
        'huissiers',
        'judiciaire',
        'justice',
      ],
    },
    { weight: 6, texts: ['cabinet', 'transmis', 'transmises', 'transmise', 'transferees'] },
    // « les affaires confiées à Aptos », « dossiers confiés à l’avocat ».
    { weight: 5, texts: ['confie', 'confies', 'confiee', 'confiees'] },
  ],
});
