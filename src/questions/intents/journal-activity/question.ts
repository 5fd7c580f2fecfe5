import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const journalActivityQuestion = defineQuestion({
  intent: 'journal_activity',
  description: 'What was done, from the decision journal (« qu’a-t-on fait hier ? »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 8,
      texts: [
        'relances envoyees',
        'actions menees',
        'decisions prises',
        'ete fait',
        'journal',
        'qui a fait',
        'qu a fait',
        'a t on fait',
        // « le contrôleur a fait quoi chez X ? », « qu’ont fait les commerciaux ? ».
        'a fait quoi',
        'ont fait quoi',
        'a fait koi',
        'qu ont fait',
      ],
    },
    // « qu’est-ce qui est parti ce matin ? », « lettres de relance postées depuis le 1er ».
    {
      weight: 8,
      texts: [
        '=parti',
        '=partie',
        '=parties',
        '=partis',
        '=postee',
        '=postees',
        '=poste',
        '=postes',
        'recu nous',
        'recu quoi',
      ],
    },
    { weight: 6, texts: ['activite', 'realise', 'realisee', 'realisees', 'traite', 'traitees'] },
    {
      weight: 5,
      texts: [
        'envoye',
        'envoyee',
        'envoyees',
        'envoyes',
        'fait',
        'faites',
        // « mises en demeure adressées en octobre », « lettres expédiées hier » (not « adresse »).
        '=adressee',
        '=adressees',
        'expedie',
        'expediee',
        'expediees',
        'expedies',
      ],
    },
    { weight: 3, texts: ['=relances', '=relance'] },
    // « historique de Dupont en octobre »: a customer's history in a period is that period's journal
    // (the history command, ../../parser/commands.ts, takes the history without a period).
    { weight: 4, texts: ['historique', 'histo'] },
    // « qu’est-ce qui s’est passé pendant mon absence ? », « les actions de la semaine dernière »
    // (the day's proposals say « du jour », « à faire », « prévues »).
    { weight: 9, texts: ['s est passe', 'est il passe', 'ce qui s est passe'] },
    { weight: 3, texts: ['=actions'] },
    // « récap de la semaine dernière »: what was done in the period.
    { weight: 4, texts: ['recap', 'recapitulatif'] },
  ],
});
