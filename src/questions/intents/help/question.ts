import { defineQuestion } from '../../intent-question';
import { QUESTION_PARAMETERS } from '../../parameters';

export const helpQuestion = defineQuestion({
  intent: 'help',
  description: 'The questions that can be asked, with examples (« que puis-je demander ? »).',
  parameters: QUESTION_PARAMETERS,
  phrases: [
    {
      weight: 10,
      texts: [
        'que puis demander',
        // « liste des commandes », « t’es capable de quoi ? ».
        'liste commandes',
        'quelles commandes',
        'commandes possibles',
        // « syntaxe des commandes ? », « la syntaxe à utiliser » (forty-fifth round).
        'syntaxe commandes',
        'syntaxe questions',
        'syntaxe utiliser',
        'commandes disponibles',
        'capable de quoi',
        'capable quoi',
        'es capable',
        // « ce qu’il peut demander », « à quoi tu sers ? », « tu sers à quoi ? ».
        'qu peut demander',
        'qu puis demander',
        'qu peux demander',
        'qu on peut demander',
        'sers a quoi',
        'sert a quoi',
        'servez a quoi',
        'a quoi sers',
        'a quoi sert',
        'a quoi servez',
        'que peux demander',
        'que peut demander',
        'quoi demander',
        'aide question',
        'aide questions',
        'exemple question',
        'exemples questions',
        'quelles questions',
        'que sais faire',
        'que sait faire',
        'questions possibles',
        'peux te demander',
        'peux vous demander',
        'peut te demander',
        'te demander quoi',
        'comment t utilise',
        'comment on utilise',
        // « tu sais faire quoi ? », « tu peux faire quoi ? », « que peux-tu faire ? »
        'sais faire quoi',
        'sait faire quoi',
        'peux faire quoi',
        'peut faire quoi',
        'que peux faire',
        'que pouvez faire',
        'que savez faire',
      ],
    },
    { weight: 9, texts: ['poser question', 'poser questions', 'exemples'] },
    // The words of ../../parser/help-asked.ts (« mode d’emploi », « types de requêtes », « le
    // périmètre de l’outil »): vocabulary of the help, never a customer's name.
    {
      weight: 4,
      texts: [
        'mode emploi',
        'instructions',
        'tuto',
        'tutoriel',
        'requetes',
        'formuler',
        'fonctionnalites',
        'perimetre',
        'kestions',
        'kestion',
      ],
    },
    // « menu », « tu peux m’aider ? », « besoin d’aide »: a word of help alone.
    { weight: 6, texts: ['aide', 'help', 'menu', 'aider'] },
    // « quelles sont tes commandes ? », « tu fais quoi ? », « que fais-tu ? »: what the bot does.
    {
      weight: 9,
      texts: [
        'tes commandes',
        'vos commandes',
        'tu fais quoi',
        'vous faites quoi',
        'que fais tu',
        'que faites vous',
        'tu fais koi',
      ],
    },
    // « qu’est-ce que je peux te demander ? », « comment ça marche ? », « comment on t’utilise ? »
    { weight: 10, texts: ['peux te demander', 'puis te demander', 'peut te demander', 'peux vous demander'] },
    // Under the figures' words: « comment ça marche le DSO ? » asks the DSO (its card defines it).
    {
      weight: 7,
      texts: [
        'comment ca marche',
        'comment marche',
        'comment fonctionne',
        'comment utilise',
        'comment utiliser',
      ],
    },
  ],
});
