/**
 * « historique F2026-0042 », « qu’a-t-on fait sur F2026-0042 ? » and « historique client Biocoop »
 * in the chat (the commands' route brings them, ../commands), and the history card's buttons (a
 * page, a customer chosen among several).
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import {
  customerHistory,
  invoiceHistory,
  type HistoryResult,
  type HistoryStores,
} from '../../application/history/read-history';
import { customerOfRef } from '../../application/customer/customer-ref';
import { chatCommands } from '../../i18n/fr/chat-commands';
import { fr } from '../../i18n/fr';
import { customersScope, EVERYONE, type Scope } from '../../questions/scope';
import type { BotHooks } from '../app';
import type { CardJson } from '../card-templates';
import type { CommandHandlers } from '../commands/dispatch';
import { shown } from '../card-text';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { seesEverything, type People, type Viewer } from '../people';
import { buildHistoryCard, HISTORY_VERBS } from './history-card';

export interface HistoryRouteDependencies {
  stores: HistoryStores;
  people: People;
  /** A signed link to a stored document. */
  documentUrl: (id: string) => string;
  malformed: MalformedInvoke;
  /** The commands in plain words this feature answers (history). */
  commands: CommandHandlers;
}

/** A page of an invoice's or a customer's history, or a customer chosen among several. */
const historyData = z
  .object({
    invoice: z.string().min(1).max(64).optional(),
    customer: z.string().min(1).max(64).optional(),
    page: z.number().int().min(0).max(10_000).optional(),
  })
  .passthrough()
  .refine((d) => d.invoice !== undefined || d.customer !== undefined);

function scopeOf(viewer: Viewer): Scope | null {
  if (seesEverything(viewer)) return EVERYONE;
  return viewer.customerCodes.length > 0 ? customersScope(viewer.customerCodes) : null;
}

function choices(title: string, candidates: ReadonlyArray<{ code: string; legalName: string }>): CardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: title, wrap: true, weight: 'Bolder' }],
    actions: candidates.map((c) => ({
      type: 'Action.Execute',
      title: c.legalName,
      verb: HISTORY_VERBS.customer,
      data: { customer: c.code },
    })),
  };
}

export function registerHistoryRoutes(
  app: Application<TurnState>,
  deps: HistoryRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(fr.commands.history);

  /** What was asked, as typed: said back when it is not found or is ambiguous. */
  type Asked = { invoice: string } | { customer: string };

  const render = (result: HistoryResult, asked: Asked, page: number): CardJson | string => {
    switch (result.kind) {
      case 'not_found':
        return 'invoice' in asked
          ? fr.history.invoiceNotFound(shown(asked.invoice))
          : fr.history.customerNotFound(shown(asked.customer));
      case 'not_yours':
        return fr.history.notYours;
      case 'choose':
        return choices(
          fr.history.whichCustomer('customer' in asked ? shown(asked.customer) : ''),
          result.candidates,
        );
      case 'found': {
        const { subject, entries } = result.history;
        return buildHistoryCard({
          title:
            subject.kind === 'invoice'
              ? fr.history.invoiceTitle(shown(subject.number), shown(subject.customerName))
              : fr.history.customerTitle(shown(subject.name)),
          entries,
          page,
          pageData: subject.kind === 'invoice' ? { invoice: subject.number } : { customer: subject.code },
          documentUrl: deps.documentUrl,
        });
      }
    }
  };

  const reply = async (context: TurnContext, answer: CardJson | string) => {
    await context.sendActivity(
      typeof answer === 'string' ? answer : MessageFactory.attachment(CardFactory.adaptiveCard(answer)),
    );
  };

  const scopeFor = async (context: TurnContext): Promise<Scope | null> =>
    scopeOf(await deps.people.viewerOf(context));

  deps.commands.askHistory = async (context) => {
    await context.sendActivity(chatCommands.whichHistory);
  };

  deps.commands.history = async (context, command) => {
    const scope = await scopeFor(context);
    if (!scope) return void (await context.sendActivity(fr.history.notAllowed));
    if ('invoice' in command) {
      const result = await invoiceHistory(deps.stores, scope, command.invoice);
      return reply(context, render(result, { invoice: command.invoice }, 0));
    }
    const asked = { customer: command.customer.mention };
    const found = await customerOfRef(deps.stores, scope, command.customer);
    // A customer outside the asker's portfolio is, here, one that does not exist (as it always was).
    const result: HistoryResult =
      found.kind === 'one'
        ? await customerHistory(deps.stores, scope, { code: found.customer.code })
        : found.kind === 'not_yours'
          ? { kind: 'not_found' }
          : found;
    await reply(context, render(result, asked, 0));
  };

  onInvoke(
    app,
    [HISTORY_VERBS.page, HISTORY_VERBS.customer],
    historyData,
    async (context, data) => {
      const scope = await scopeFor(context);
      if (!scope) return fr.history.notAllowed;
      const page = data.page ?? 0;
      if (data.invoice !== undefined)
        return render(
          await invoiceHistory(deps.stores, scope, data.invoice),
          { invoice: data.invoice },
          page,
        );
      const code = data.customer!;
      return render(await customerHistory(deps.stores, scope, { code }), { customer: code }, page);
    },
    deps.malformed,
  );
}
