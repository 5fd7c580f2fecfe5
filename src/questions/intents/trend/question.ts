import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

/**
 * « ça va mieux que le mois dernier ? », « évolution des retards », « évolution du DSO depuis
 * juin »: a figure over time and against the previous period. Its words outweigh the figure's own
 * (« DSO », « retards », « encaissements »), which then decide the measure (../../parser/trend.ts).
 * A bare comparison (« vs », « par rapport à ») is no phrase of its own: it turns a figure's question
 * into a trend there (« encaissements ce mois vs le mois dernier »; « pertes cette année vs l’an
 * dernier » stays the losses), and never makes a question out of nothing.
 */
export const trendQuestion = defineQuestion({
  intent: 'trend',
  description:
    'A figure over time and its change against the previous period of the same length (« évolution des retards », « ça va mieux que le mois dernier ? », « évolution du DSO depuis juin »). `measure`: overdue (default), outstanding, dso, late_rate, collected.',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 12,
      texts: [
        'evolution',
        'evolutions',
        '=evolue',
        '=evoluent',
        'tendance',
        'tendances',
        'trend',
        'trends',
        'va mieux',
        'va moins bien',
        'va pire',
        'mieux',
        'mieux que',
        'mieux qu',
        'pire qu',
        'moins bien qu',
        '=courbe',
        '=courbes',
        'better',
        'worse',
        'improving',
        'improved',
        'evolving',
        'pire que',
        'moins bien que',
        'better than',
        'worse than',
        'compared to',
        'compared with',
        // « ça s’améliore ? », « ça se dégrade par rapport au mois dernier ? ».
        '=ameliore',
        '=ameliorent',
        '=amelioration',
        '=degrade',
        '=degradent',
        '=degradation',
        '=deteriore',
        '=deteriorent',
        '=empire',
        '=empirent',
        // « ça s’arrange les impayés ? », « le DSO il monte ? ».
        '=arrange',
        '=arrangent',
        // (« ça monte », never « à combien se montent … »: the amount).
        'il =monte',
        'ils =montent',
        'ca =monte',
        'elle =monte',
        'elles =montent',
        '=grimpe',
        '=grimpent',
        '=progresse',
        '=progressent',
        '=progression',
        'a =baisse',
        'a =augmente',
        'a =diminue',
        'a =monte',
        'ont =baisse',
        'ont =augmente',
        'en =baisse',
        'en =hausse',
        '=baisse',
        '=baissee',
        '=baisses',
        '=baissent',
        '=hausse',
        '=augmente',
        '=augmentee',
        '=augmentes',
        '=augmentent',
        '=diminue',
        '=diminuee',
        '=diminues',
        '=diminuent',
        'sur douze mois',
        'mois par mois',
      ],
    },
  ],
});
