/** How the bot introduces itself: the welcome card, the help and the commands it lists. */

export const welcome = {
  title: 'Bienvenue dans Relances',
  intro:
    'Relances pilote le recouvrement des factures clients : chaque jour ouvré, il prépare les relances dues selon le calendrier de l’entreprise et vous les propose en un clic.',
  ladderTitle: 'Le calendrier de relance',
  commandsTitle: 'Ce que vous pouvez me demander',
  footer: 'Chaque décision est enregistrée au journal : qui, quand, quoi.',
  helpButton: 'Aide',
} as const;

export const help = {
  title: 'Aide — ce que Relances sait faire',
  unknown: (text: string) => `Je n’ai pas compris « ${text} ». Voici ce que je sais faire :`,
} as const;

export const commands = {
  aide: { example: 'aide', description: 'cette aide' },
  today: { example: 'relances du jour', description: 'les relances à mener aujourd’hui, en un clic' },
  history: {
    example: 'historique F2026-1042',
    description: 'l’historique d’une facture (ou « historique client Biocoop »)',
  },
  procedure: { example: 'procédure', description: 'la procédure de relance en vigueur (.docx)' },
  mandate: {
    example: 'lettre au cabinet',
    description: 'le courrier confiant le contentieux au cabinet d’avocats (.docx)',
  },
} as const;
