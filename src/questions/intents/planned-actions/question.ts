import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const plannedActionsQuestion = defineQuestion({
  intent: 'planned_actions',
  description: 'Dunning actions proposed for a day (« que faire aujourd’hui ? »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 8,
      texts: [
        'faire aujourd hui',
        'relances prevues',
        'relances a faire',
        'relances a envoyer',
        'relances a mener',
        'actions prevues',
        'actions jour',
        'programme jour',
        'que dois faire',
        'relances proposees',
        'actions proposees',
      ],
    },
    { weight: 7, texts: ['relances jour', 'relances aujourd hui', 'a faire', 'quoi faire', 'a relancer'] },
    // « quelles lettres recommandées partent aujourd’hui ? », « qui passe au cabinet demain ? ».
    {
      weight: 8,
      texts: [
        'partent',
        'partira',
        'partiront',
        'doivent partir',
        'doit partir',
        'vont partir',
        'va partir',
        'sortent',
        'qui passe',
        'qui passent',
        'passe cabinet',
        'passent cabinet',
        'passer cabinet',
        'a envoyer aujourd hui',
        'a envoyer demain',
        'envoyer aujourd hui',
        'envoyer demain',
        'prevues aujourd hui',
        'prevus aujourd hui',
        'prevues demain',
        'prevus demain',
      ],
    },
  ],
});
