/**
 * One chat route for every command in plain words (« qui appeler chez biocoop », « qu’a-t-on fait
 * sur F2026-1042 ? », « lever le litige F2026-1048 », « relances du jour »…): the message is read by
 * the questions' parser (src/questions/parser/commands.ts) against the customers, and the command
 * found goes to its feature's handler (./dispatch.ts). Registered before the questions' route, so
 * that a command is never answered with figures, and a question about figures (« litiges
 * ouverts ») never reaches a command.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { CustomerRepository } from '../../application/ports';
import type { Clock } from '../../domain/calendar-date';
import { mayBeCommand, readCommand, type CommandRead } from '../../questions/parser/commands';
import type { BotHooks } from '../app';
import type { CommandHandler, CommandHandlers } from './dispatch';
import { chatCommands } from '../../i18n/fr/chat-commands';

export interface CommandRouteDependencies {
  handlers: CommandHandlers;
  stores: { customers: Pick<CustomerRepository, 'list'> };
  clock: Clock;
  /** The configured law firm's name (« lettre pour Aptos »). */
  lawFirm: string;
}

const READ = Symbol('relances.command');

export function registerCommandRoutes(
  app: Application<TurnState>,
  deps: CommandRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(...chatCommands.help);

  const handled = (read: CommandRead | null): boolean =>
    read !== null &&
    (read.kind === 'ask_history' ? !!deps.handlers.askHistory : !!deps.handlers[read.command.command]);

  app.message(
    async (context) => {
      const text = context.activity.text ?? '';
      if (context.activity.type !== 'message' || !text.trim() || !mayBeCommand(text)) return false;
      // Every customer: a name outside the asker's portfolio is answered « pas dans votre
      // portefeuille » by the handler, as the customer's card always did.
      const read = readCommand(text, {
        today: deps.clock.today(),
        customers: await deps.stores.customers.list(),
        lawFirm: deps.lawFirm,
      });
      if (!handled(read)) return false;
      context.turnState.set(READ, read);
      return true;
    },
    async (context) => {
      const read = context.turnState.get(READ) as CommandRead;
      if (read.kind === 'ask_history') return deps.handlers.askHistory!(context);
      const handler = deps.handlers[read.command.command] as CommandHandler<typeof read.command.command>;
      await handler(context as TurnContext, read.command as never, context.activity.text ?? '');
    },
  );
}
