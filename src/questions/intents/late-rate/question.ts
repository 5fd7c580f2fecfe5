import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const lateRateQuestion = defineQuestion({
  intent: 'late_rate',
  description: 'Share of invoices paid late or still unpaid past due, over a period (« taux de retard »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 9,
      texts: [
        'taux retard',
        'taux paiement retard',
        'taux factures retard',
        'pourcentage retard',
        'proportion retard',
        '% retard',
        'part factures retard',
        'taux ponctualite',
        'part factures reglees retard',
        'part factures payees retard',
      ],
    },
    { weight: 8, texts: ['payees retard', 'reglees retard', 'payee retard', 'reglee retard'] },
    // « est-ce que la SGH paie en retard ? »: whether one customer pays late is its rate.
    { weight: 8, texts: ['paie retard', 'paye retard', 'regle retard'] },
    // « réglées hors délai », « payées après l’échéance »: paid late, in other words.
    {
      weight: 9,
      texts: [
        'payees hors delai',
        'reglees hors delai',
        'payee hors delai',
        'reglee hors delai',
        'payees apres echeance',
        'reglees apres echeance',
        'payee apres echeance',
        'reglee apres echeance',
        'paye apres echeance',
        'payes apres echeance',
        'regle apres echeance',
        'regles apres echeance',
      ],
    },
  ],
});
