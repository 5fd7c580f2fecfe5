import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const customerBalanceQuestion = defineQuestion({
  intent: 'customer_balance',
  description:
    'What one customer owes, with its open invoices and history (« combien nous doit Biocoop ? »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    { weight: 8, texts: ['nous doit', 'combien doit', 'ou en est', 'que doit'] },
    // What was owed at a date (issue 16, nineteenth round): « X nous devait combien à fin octobre ? ».
    // « elle devait combien fin oct » (thirtieth round).
    {
      weight: 8,
      texts: [
        'nous devait',
        'nous devaient',
        'combien devait',
        'combien devaient',
        'devait combien',
        'devaient combien',
      ],
    },
    // « le montant dû par X », « combien X a encore à nous payer ? », « X a-t-il tout payé ? », « est-il à jour ? ».
    { weight: 8, texts: ['du par', '=dus par', 'nous payer', 'tout paye', 'tout regle', 'a jour'] },
    // « l’ardoise de Dupont » (informal: what a customer owes).
    { weight: 7, texts: ['doit', 'doivent', 'solde', 'soldes', '=encours', 'ardoise'] },
    // A credit analyst's « exposition (totale) sur le client X »: what is at stake with one customer.
    { weight: 7, texts: ['exposition'] },
    { weight: 8, texts: ['en est ou', 'en sont ou', 'ou en sont', 'on attend', 'attend de'] },
    // « où en sommes-nous avec la crèche ? », « on en est où avec X ? », « ce qui nous reste dû ».
    { weight: 8, texts: ['ou en sommes', 'en sommes ou', 'on en est', 'nous reste du', 'nous reste payer'] },
    // « boulangerie martin où ça en est ? », « X où c’en est ? »: the customer named before.
    { weight: 8, texts: ['ou ca en est', 'ou c en est', 'ou ca en sont'] },
    // « c koi la situ de lpi »: « situ » is a sales rep's « situation ».
    { weight: 5, texts: ['situation', '=situ', 'dette', 'dettes', 'compte', 'point sur', 'donne quoi'] },
    // An accountant's words: « position débitrice du client C015 », « solde débiteur », « le montant
    // restant dû par X » (what one customer owes; « restant dû » alone lists the unpaid invoices).
    {
      weight: 8,
      texts: ['position debitrice', 'solde debiteur', 'restant du par', 'reste du par', 'restant du chez'],
    },
    { weight: 5, texts: ['position'] },
    // « X est-il débiteur ? », « il reste combien à encaisser sur X », « il reste quoi à payer ? ».
    {
      weight: 8,
      texts: [
        'est il debiteur',
        'est elle debiteur',
        'est debiteur',
        'encore debiteur',
        'reste combien',
        'reste quoi',
        'reste encaisser',
      ],
    },
  ],
});
