/**
 * A click whose data does not match its button (a forged request, a card from an older version):
 * refused in French, journaled with who clicked, the verb and what was wrong, and logged.
 */
import type { TurnContext } from 'botbuilder';
import type { Journal, Logger } from '../application/ports';
import { fr } from '../i18n/fr';
import type { InvokeAnswer, MalformedInvoke } from './invoke';
import type { People } from './people';
import { verbOf } from './turn-guard';

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

/**
 * A click on a button whose verb no route knows (a card from an older version, a forged request):
 * answered « Ce bouton n’est plus reconnu : actualisez la carte. » instead of Teams' bare error,
 * journaled with who clicked and the verb (bounded), and logged.
 */
export function reportUnknownVerb(
  journal: Pick<Journal, 'append'>,
  logger: Logger,
): (context: TurnContext) => Promise<InvokeAnswer> {
  return async (context) => {
    const from = context.activity.from;
    const actor = {
      id: String(from?.aadObjectId ?? from?.id ?? '').slice(0, 64),
      name: String(from?.name ?? '').slice(0, 200),
    };
    const verb = verbOf(context);
    logger.warn({ verb, actor: actor.id }, 'card action with an unknown verb');
    await journal
      .append({
        actor,
        action: 'card.unknown_verb',
        target: {},
        details: { verb },
        outcome: 'refused',
        reason: fr.errors.unknownButton,
      })
      .catch((error: unknown) =>
        logger.error({ err: error }, 'could not journal a click on an unknown verb'),
      );
    return fr.errors.unknownButton;
  };
}
