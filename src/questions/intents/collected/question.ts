import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const collectedQuestion = defineQuestion({
  intent: 'collected',
  description: 'Payments received over a period (« encaissé ce mois »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 9, texts: ['paiements recus', 'reglements recus', 'paiement recu', 'reglement recu'] },
    { weight: 8, texts: ['encaisse', 'encaisses', 'encaissement', 'encaissements', 'encaissee'] },
    { weight: 7, texts: ['recupere', 'recuperes', 'recuperee', 'recouvre', 'recouvres'] },
    { weight: 6, texts: ['rentre', 'rentres', 'recu', 'recus', 'virements', 'ete paye', 'ete regle'] },
    { weight: 5, texts: ['tresorerie', 'cash', 'paiements', 'reglements'] },
    {
      weight: 4,
      texts: ['=paye', '=payee', '=payees', '=payes', '=regle', '=reglee', '=reglees', '=regles'],
    },
  ],
});
