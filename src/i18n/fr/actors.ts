/** Who the journal names when no person decided, and the name of the app itself. */

export const appName = 'Relances';

/** Names of the journal's actors that are not people. */
export const actors = {
  job: 'Relances (tâche quotidienne)',
  demo: 'Données de démonstration',
  sweeper: 'Relances (reprise automatique)',
  commandLine: (user: string | undefined) => (user ? `${user} (ligne de commande)` : 'ligne de commande'),
} as const;
