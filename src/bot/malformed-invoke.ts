/**
 * A click whose data does not match its button (a forged request, a card from an older version):
 * refused in French, journaled with who clicked, the verb and what was wrong, and logged.
 */
import type { Journal, Logger } from '../application/ports';
import { fr } from '../i18n/fr';
import type { MalformedInvoke } from './invoke';
import type { People } from './people';

export function reportMalformedInvoke(
  journal: Pick<Journal, 'append'>,
  people: Pick<People, 'viewerOf'>,
  logger: Logger,
): MalformedInvoke {
  return async (context, verb, issues) => {
    const viewer = await people.viewerOf(context);
    const actor = { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name };
    logger.warn({ verb, actor: actor.id, issues }, 'malformed card action refused');
    await journal
      .append({
        actor,
        action: 'card.malformed',
        target: {},
        details: { verb, issues: issues.slice(0, 10) },
        outcome: 'refused',
        reason: fr.decisions.malformedClick,
      })
      .catch((error: unknown) => logger.error({ err: error }, 'could not journal a malformed click'));
    return fr.decisions.refused(fr.decisions.malformedClick);
  };
}
