/**
 * The Teams bot (teams-ai v1). This file only routes: each feature lives in its own module and
 * registers its routes here, so the SDK stays at the edge and can be swapped.
 */
import { Application, type TurnState } from '@microsoft/teams-ai';
import {
  ActivityTypes,
  CardFactory,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  TurnContext,
  type Activity,
} from 'botbuilder';
import { RelancesAdapter } from './adapter';
import { reportUnknownVerb } from './malformed-invoke';
import { inertOutgoingText } from './outgoing-text';
import { answerInvoke, failureText } from './turn-guard';
import type { Logger } from '../config/logger';
import type { BotSettings } from '../config/settings';
import type { Clock } from '../domain/calendar-date';
import { fr } from '../i18n/fr';
import type { Stores } from '../application/ports';
import type { LadderConfig } from '../domain/ladder';
import { helpCard, welcomeCard, type CommandHelp, type HelpContext } from './welcome';

export interface BotDependencies {
  stores: Stores;
  logger: Logger;
  clock: Clock;
  /** The configured calendar and law firm, as the welcome and help cards describe them. */
  ladder: LadderConfig;
  lawFirm: string;
}

export function createAdapter(settings: BotSettings, logger: Logger): RelancesAdapter {
  const credentials = settings.BOT_ID
    ? {
        MicrosoftAppId: settings.BOT_ID,
        MicrosoftAppPassword: settings.SECRET_BOT_PASSWORD,
        MicrosoftAppType: settings.BOT_TYPE,
        MicrosoftAppTenantId: settings.BOT_TENANT_ID,
      }
    : {};
  const adapter = new RelancesAdapter(
    credentials,
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  adapter.use(inertOutgoingText(logger));
  // Ours, so that botbuilder never prints a turn's error itself: logged, and answered in French —
  // « réessayez dans quelques minutes » when the storage is what failed.
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityType: context.activity.type }, 'unhandled error in a turn');
    const text = failureText(error);
    if (context.activity.type === ActivityTypes.Message) {
      await context
        .sendActivity(text)
        .catch((e: unknown) => logger.warn({ err: e }, 'could not tell the user that their message failed'));
    } else if (context.activity.type === ActivityTypes.Invoke) {
      await answerInvoke(context, text).catch(() => undefined);
    }
  };
  return adapter;
}

const HELP = /^\s*(aide|help|\?|bonjour|salut|hello)\s*[!.?]*\s*$/i;

export interface BotHooks {
  /** Run after the welcome card of a new installation (e.g. the day's card for a controller). */
  afterWelcome: Array<(context: TurnContext) => Promise<void>>;
  /** The commands the features understand, for the welcome and help cards: help never lies. */
  commands: CommandHelp[];
}

/** A feature registers its routes; they are tried before the « not understood » fallback. */
export type BotFeature = (app: Application<TurnState>, hooks: BotHooks) => void;

export function createBotApplication(
  deps: BotDependencies,
  adapter: RelancesAdapter,
  features: readonly BotFeature[] = [],
): Application<TurnState> {
  const app = new Application<TurnState>({ adapter, startTypingTimer: false, removeRecipientMention: true });
  const remembered = new Map<string, string>();
  const hooks: BotHooks = { afterWelcome: [], commands: [fr.commands.aide] };
  const help = (): HelpContext => ({ ladder: deps.ladder, lawFirm: deps.lawFirm, commands: hooks.commands });

  /** Keeps the conversation reference of every personal chat, for proactive messages later. */
  app.turn('beforeTurn', async (context) => {
    await rememberConversation(context, deps, remembered);
    return true;
  });

  // Teams announces an installation twice (installationUpdate and conversationUpdate): one welcome.
  const welcomed = new Map<string, number>();
  const welcomeOnce = async (context: TurnContext) => {
    const conversation = context.activity.conversation?.id ?? '';
    const now = Date.now();
    for (const [id, at] of welcomed) if (now - at > 60_000) welcomed.delete(id);
    if (welcomed.has(conversation)) return;
    welcomed.set(conversation, now);
    await sendCard(context, welcomeCard(help()));
    for (const hook of hooks.afterWelcome) {
      await hook(context).catch((error: unknown) =>
        deps.logger.warn({ err: error }, 'after-welcome hook failed'),
      );
    }
  };

  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = (context.activity.membersAdded ?? []).some(
      (m) => m.id === context.activity.recipient.id,
    );
    if (botAdded) await welcomeOnce(context);
  });

  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    if (context.activity.action === 'add' || context.activity.action === 'add-upgrade')
      await welcomeOnce(context);
  });

  app.message(HELP, async (context) => {
    await sendCard(context, helpCard(help()));
  });

  for (const register of features) register(app, hooks);

  // A button no feature knows (after every feature's routes: invoke routes are tried in order).
  const unknownVerb = reportUnknownVerb(deps.stores.journal, deps.logger);
  app.adaptiveCards.actionExecute(
    async (context) =>
      context.activity.type === ActivityTypes.Invoke &&
      context.activity.name === 'adaptiveCard/action' &&
      (context.activity.value as { action?: { type?: unknown } } | undefined)?.action?.type ===
        'Action.Execute',
    (context) => unknownVerb(context),
  );

  app.activity(ActivityTypes.Message, async (context) => {
    const text = (context.activity.text ?? '').trim();
    deps.logger.info({ text: text.slice(0, 200) }, 'message not understood');
    await sendCard(context, helpCard(help(), text));
  });

  return app;
}

export async function sendCard(context: TurnContext, card: Record<string, unknown>): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

async function rememberConversation(
  context: TurnContext,
  deps: BotDependencies,
  remembered: Map<string, string>,
): Promise<void> {
  const activity: Partial<Activity> = context.activity;
  const from = activity.from;
  if (!from?.id || activity.conversation?.conversationType === 'channel') return;
  if (activity.conversation?.isGroup) return;
  const reference = TurnContext.getConversationReference(activity);
  const fingerprint = `${reference.conversation?.id}|${reference.serviceUrl}|${from.name}`;
  const key = from.aadObjectId ?? from.id;
  if (remembered.get(key) === fingerprint) return;
  try {
    const known = await deps.stores.conversations.get(key);
    await deps.stores.conversations.save({
      userId: from.id,
      aadObjectId: from.aadObjectId ?? null,
      name: from.name ?? known?.name ?? '',
      email: known?.email ?? null,
      reference: { ...reference },
      updatedAt: deps.clock.now().toISOString(),
    });
    remembered.set(key, fingerprint);
  } catch (error) {
    // Not being able to remember a conversation must not stop the user's turn; the next turn retries.
    deps.logger.warn({ err: error, user: key }, 'could not store the conversation reference');
  }
}
