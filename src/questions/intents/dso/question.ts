import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const dsoQuestion = defineQuestion({
  intent: 'dso',
  description: 'Days sales outstanding by the countback method (« DSO », « délai moyen de paiement »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 10,
      texts: ['dso', 'days sales outstanding', 'delai moyen paiement', 'delai moyen encaissement'],
    },
    {
      weight: 9,
      texts: [
        'combien jours payer',
        'mettent payer',
        'jours pour payer',
        'jours a payer',
        'delai moyen recouvrement',
        'delai paiement moyen',
        'delai moyen reglement',
        // « nos clients payent en combien de jours ? », « combien de jours pour être payé ».
        'jours etre paye',
        'payent combien jours',
        'paient combien jours',
        'paie combien jours',
        'reglent combien jours',
        // « combien de jours en moyenne nos clients mettent-ils pour nous payer ? », « les clients
        // mettent-ils à nous régler ? », « au bout de combien de jours on est payés ? » (« combien de
        // temps » in ../../parser/delay-asked.ts: « temps » stays no word of the vocabulary)
        // « combien de jours de crédit prennent nos clients ? ».
        'jours credit',
        'mettent ils payer',
        'mettent ils regler',
        'bout combien jours',
        'jours moyenne payer',
        'moyenne payer',
        'moyenne regler',
        // « les clients payent en moyenne combien de jours ? » (twenty-ninth round).
        'moyenne combien jours',
      ],
    },
    { weight: 7, texts: ['delai encaissement', 'delai recouvrement', 'jours ventes', 'delai paiement'] },
    { weight: 6, texts: ['delai reglement'] },
  ],
});
