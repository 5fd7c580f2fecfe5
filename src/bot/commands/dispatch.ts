/**
 * The commands in plain words reach the features' own handlers through this table: the customer's
 * feature answers « téléphone de … », « fiche … », the disputes, promises and aliases; the history's
 * feature « historique … »; the day's card « relances du jour »; the documents « procédure » and
 * « lettre au cabinet ». Each feature fills its entries when it registers; ./routes.ts reads the
 * message once (src/questions/parser/commands.ts) and calls the entry of the command found.
 */
import type { TurnContext } from 'botbuilder';
import type { ChatCommand, ChatCommandName } from '../../questions/commands';

export type CommandOf<K extends ChatCommandName> = Extract<ChatCommand, { command: K }>;

/** Answers one command; `text` is the message as typed. */
export type CommandHandler<K extends ChatCommandName> = (
  context: TurnContext,
  command: CommandOf<K>,
  text: string,
) => Promise<void>;

export type CommandHandlers = { [K in ChatCommandName]?: CommandHandler<K> } & {
  /** « historique » alone: which one is asked. */
  askHistory?: (context: TurnContext) => Promise<void>;
};

export function commandHandlers(): CommandHandlers {
  return {};
}
