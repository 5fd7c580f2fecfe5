/** Who the journal names when no person decided: the daily job, the sweeper, the demo data. */
import type { Actor } from '../domain/journal';
import { fr } from '../i18n/fr';
import { anyImport } from '../i18n/import-any';

export const SYSTEM_ACTORS = {
  job: { id: 'job', name: fr.actors.job },
  demo: { id: 'demo', name: fr.actors.demo },
  sweeper: { id: 'sweeper', name: fr.actors.sweeper },
  bot: { id: 'bot', name: fr.appName },
  dropFolder: { id: 'drop-folder', name: anyImport.dropActor },
} as const satisfies Record<string, Actor>;
