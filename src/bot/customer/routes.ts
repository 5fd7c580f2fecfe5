/**
 * The customer's card in the chat and on the day's card: « client biocoop », « fiche Biocoop »,
 * « qui appeler chez biocoop », « lever le litige F2026-1048 », « mettre F2026-1048 en litige »,
 * « Biocoop promet de payer le 15 décembre », « alias SGH pour … » (the commands' route brings
 * them, ../commands), the « Fiche client » button of every row, and the card's own buttons. A
 * writing command answers with a card to confirm; a decision answers with the same card, the
 * feedback next to the buttons; the day's cards are brought up to date in the background.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  decideForCustomer,
  type CustomerDecisionDependencies,
} from '../../application/customer/customer-decisions';
import { addCustomerAlias, aliasRefusalText } from '../../application/customer/add-alias';
import { customerOfRef, type CustomerRefResult } from '../../application/customer/customer-ref';
import {
  customerFile,
  findCustomer,
  readCustomerFile,
  type CustomerFileDependencies,
  type CustomerFileResult,
} from '../../application/customer/customer-file';
import type { CalendarDate } from '../../domain/calendar-date';
import type { CustomerDecision, CustomerOutcome } from '../../domain/customer-decisions';
import { balanceOf, isClosed, type Customer, type Invoice } from '../../domain/ledger';
import { customerOutcomeText } from '../../i18n/customer';
import { customerCard as t } from '../../i18n/fr/customer';
import { chatCommands } from '../../i18n/fr/chat-commands';
import { insolvencyTexts } from '../../i18n/fr/insolvency';
import type { TextContext } from '../../i18n/reasons';
import type { CustomerRef } from '../../questions/commands';
import { asksInsolvency } from '../../questions/parser/commands';
import { customersScope, EVERYONE, inScope, type Scope } from '../../questions/scope';
import type { BotHooks } from '../app';
import type { CardJson } from '../card-templates';
import { shown } from '../card-text';
import type { CommandHandlers } from '../commands/dispatch';
import { deciderOf } from '../controller/click-answers';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { canAct, canWriteOff, seesEverything, type People, type Viewer } from '../people';
import { buildAliasConfirmCard, buildDisputeConfirmCard, buildPromiseConfirmCard } from './command-cards';
import { buildCustomerCard, buildSentEmailCard, CUSTOMER_VERBS } from './customer-card';
import { customerData, decisionOf, type CustomerData } from './invokes';

export interface CustomerRouteDependencies {
  people: People;
  file: CustomerFileDependencies;
  decisions: CustomerDecisionDependencies;
  texts: TextContext;
  documentUrl: (id: string) => string;
  /** After a decision: the day's cards are brought up to date (in the background). */
  onDecided: () => void;
  malformed: MalformedInvoke;
  /** The commands in plain words this feature answers (customer card, contacts, disputes, promises, aliases). */
  commands: CommandHandlers;
}

function scopeOf(viewer: Viewer): Scope | null {
  if (seesEverything(viewer)) return EVERYONE;
  return viewer.customerCodes.length > 0 ? customersScope(viewer.customerCodes) : null;
}

export function registerCustomerRoutes(
  app: Application<TurnState>,
  deps: CustomerRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(t.command, insolvencyTexts.command);

  const cardFor = async (
    viewer: Viewer,
    result: CustomerFileResult,
    asked: string,
    extra: { flash?: { ok: boolean; message: string } | null; day?: CalendarDate } = {},
  ): Promise<CardJson | string> => {
    switch (result.kind) {
      case 'not_found':
        return t.notFound(shown(asked));
      case 'not_yours':
        return t.notYours;
      case 'choose':
        return {
          type: 'AdaptiveCard',
          version: '1.5',
          body: [{ type: 'TextBlock', text: t.whichCustomer(shown(asked)), wrap: true, weight: 'Bolder' }],
          actions: result.candidates.map((c) => ({
            type: 'Action.Execute',
            title: shown(c.legalName),
            verb: CUSTOMER_VERBS.open,
            data: { customer: c.code },
          })),
        };
      case 'found':
        return buildCustomerCard(result.file, {
          today: deps.file.clock.today(),
          texts: deps.texts,
          canAct: canAct(viewer),
          canWriteOff: canWriteOff(viewer),
          flash: extra.flash ?? null,
          refreshUserIds: [viewer.userId],
          documentUrl: deps.documentUrl,
          day: extra.day,
        });
    }
  };

  const reply = async (context: TurnContext, answer: CardJson | string) => {
    await context.sendActivity(
      typeof answer === 'string' ? answer : MessageFactory.attachment(CardFactory.adaptiveCard(answer)),
    );
  };

  /** The customer a command named, as the asker may see it; null when answered already (none, several…). */
  const oneCustomer = async (
    context: TurnContext,
    viewer: Viewer,
    ref: CustomerRef,
  ): Promise<Customer | null> => {
    const scope = scopeOf(viewer);
    if (!scope) {
      await reply(context, t.notAllowed);
      return null;
    }
    const found: CustomerRefResult = await customerOfRef(deps.file.stores, scope, ref);
    if (found.kind === 'one') return found.customer;
    await reply(context, await cardFor(viewer, found, ref.mention));
    return null;
  };

  /** An invoice a writing command named, visible to the asker; null when answered already. */
  const invoiceOf = async (context: TurnContext, viewer: Viewer, number: string): Promise<Invoice | null> => {
    const invoice = await deps.file.stores.invoices.findByNumber(number);
    const scope = scopeOf(viewer);
    if (!invoice) {
      await reply(context, t.invoiceUnknown(shown(number)));
      return null;
    }
    if (!scope || !inScope(scope, invoice.customerCode)) {
      await reply(context, chatCommands.notYourInvoice);
      return null;
    }
    return invoice;
  };

  /** Writing commands are the credit controllers' (as the card's buttons). */
  const writer = async (context: TurnContext): Promise<Viewer | null> => {
    const viewer = await deps.people.viewerOf(context);
    if (canAct(viewer)) return viewer;
    await reply(context, chatCommands.notAllowed);
    return null;
  };

  // « fiche Biocoop », « client biocoop », « ouvre le client SGH »; « procédure collective Biocoop »
  // points at the card's « Procédure collective » form.
  deps.commands.customer_card = async (context, command, text) => {
    const viewer = await deps.people.viewerOf(context);
    const customer = await oneCustomer(context, viewer, command.customer);
    if (!customer) return;
    const hint = asksInsolvency(text) && canAct(viewer);
    const file = await readCustomerFile(deps.file, customer);
    await reply(
      context,
      await cardFor(viewer, { kind: 'found', file }, command.customer.mention, {
        flash: hint ? { ok: true, message: insolvencyTexts.commandHint } : null,
      }),
    );
  };

  // « téléphone de biocoop ? », « qui appeler chez SGH », « mail de la compta de l’hôtel du parc ».
  deps.commands.customer_contact = async (context, command) => {
    const viewer = await deps.people.viewerOf(context);
    const c = await oneCustomer(context, viewer, command.customer);
    if (!c) return;
    const lines = [
      c.phone ? t.phone(shown(c.legalName), shown(c.phone)) : t.noPhone(shown(c.legalName)),
      `${t.facts.emails}\u00a0: ${shown(c.billingEmails.join(', '), 400) || t.none}`,
      `${t.facts.rep}\u00a0: ${shown(c.salesRepEmail) || t.none}`,
    ];
    await reply(context, lines.join('\n\n'));
  };

  // « lever le litige F2026-1048 »: lifted at once on an invoice found (the decision checks the rest).
  deps.commands.lift_dispute = async (context, command) => {
    const viewer = await deps.people.viewerOf(context);
    const invoice = await deps.file.stores.invoices.findByNumber(command.invoice);
    if (!invoice) return reply(context, t.invoiceUnknown(shown(command.invoice)));
    const outcome = await decideForCustomer(deps.decisions, deciderOf(viewer), invoice.customerCode, {
      verb: 'lift_dispute',
      invoice: invoice.number,
      note: '',
    });
    await reply(context, await answerDecision(viewer, invoice.customerCode, outcome));
  };

  // « mettre F2026-1048 en litige »: the dispute form for that invoice, its reason asked.
  deps.commands.open_dispute = async (context, command) => {
    const viewer = await writer(context);
    if (!viewer) return;
    const invoice = await invoiceOf(context, viewer, command.invoice);
    if (!invoice) return;
    const number = shown(invoice.number);
    if (invoice.dunning.hold?.kind === 'dispute') return reply(context, chatCommands.dispute.already(number));
    if (isClosed(invoice) || invoice.status === 'litigation')
      return reply(context, chatCommands.dispute.closed(number));
    const customer = await deps.file.stores.customers.get(invoice.customerCode);
    if (!customer) return reply(context, t.invoiceUnknown(number));
    await reply(context, buildDisputeConfirmCard(customer, { invoice, balance: balanceOf(invoice) }));
  };

  // « Biocoop promet de payer le 15 décembre », « promesse F2026-1042 au 10/12 »: a card to confirm.
  deps.commands.record_promise = async (context, command) => {
    const viewer = await writer(context);
    if (!viewer) return;
    const promise = {
      date: command.date,
      ...(command.amount !== undefined ? { amount: command.amount } : {}),
    };
    if (command.invoice !== undefined) {
      const invoice = await invoiceOf(context, viewer, command.invoice);
      if (!invoice) return;
      if (isClosed(invoice) || invoice.status === 'litigation')
        return reply(context, chatCommands.promise.closed(shown(invoice.number)));
      const customer = await deps.file.stores.customers.get(invoice.customerCode);
      if (!customer) return reply(context, t.invoiceUnknown(shown(invoice.number)));
      const one = { invoice, balance: balanceOf(invoice) };
      return reply(context, buildPromiseConfirmCard(customer, promise, { one }));
    }
    if (!command.customer) return;
    const customer = await oneCustomer(context, viewer, command.customer);
    if (!customer) return;
    const open = (await deps.file.stores.invoices.listByCustomer(customer.code))
      .filter((i) => !isClosed(i) && i.status !== 'litigation')
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
      .map((invoice) => ({ invoice, balance: balanceOf(invoice) }));
    if (open.length === 0) return reply(context, chatCommands.promise.nothingOpen(shown(customer.legalName)));
    await reply(
      context,
      buildPromiseConfirmCard(customer, promise, open.length === 1 ? { one: open[0]! } : { among: open }),
    );
  };

  // « alias SGH pour Société Générale d’Hygiène »: a card to confirm, then the use case.
  deps.commands.add_alias = async (context, command) => {
    const viewer = await writer(context);
    if (!viewer) return;
    const customer = await oneCustomer(context, viewer, command.customer);
    if (!customer) return;
    await reply(context, buildAliasConfirmCard(customer, command.alias));
  };

  /** The card after a decision: the same customer, the feedback next to the buttons. */
  const answerDecision = async (
    viewer: Viewer,
    code: string,
    outcome: CustomerOutcome,
    day?: CalendarDate,
  ): Promise<CardJson | string> => {
    if (outcome.kind === 'done') deps.onDecided();
    const flash = { ok: outcome.kind === 'done', message: customerOutcomeText(outcome, deps.texts) };
    const scope = scopeOf(viewer);
    if (!scope) return flash.message;
    const found = await findCustomer(deps.file.stores, scope, { code });
    if (found.kind !== 'one') return flash.message;
    return cardFor(viewer, { kind: 'found', file: await readCustomerFile(deps.file, found.customer) }, code, {
      flash,
      day,
    });
  };

  const show = async (context: TurnContext, data: CustomerData): Promise<CardJson | string> => {
    const viewer = await deps.people.viewerOf(context);
    const scope = scopeOf(viewer);
    if (!scope) return t.notAllowed;
    const day = data.day ?? data.date;
    return cardFor(viewer, await customerFile(deps.file, scope, { code: data.customer }), data.customer, {
      day,
    });
  };

  // From a row of the day's card: the customer's card comes as a message of its own, so the
  // day's card stays where it is.
  onInvoke(
    app,
    CUSTOMER_VERBS.open,
    customerData,
    async (context, data) => {
      const answer = await show(context, data);
      if (typeof answer === 'string') return answer;
      await reply(context, answer);
      return t.openedBelow;
    },
    deps.malformed,
  );

  onInvoke(app, CUSTOMER_VERBS.refresh, customerData, (context, data) => show(context, data), deps.malformed);

  onInvoke(
    app,
    CUSTOMER_VERBS.email,
    customerData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const scope = scopeOf(viewer);
      if (!scope) return t.notAllowed;
      const found = await findCustomer(deps.file.stores, scope, { code: data.customer });
      if (found.kind !== 'one') return t.notYours;
      const entry = (await deps.file.stores.journal.listForCustomer(found.customer.code)).find(
        (e) => e.id === data.entry && e.action === 'email.sent',
      );
      if (!entry) return t.email.notFound;
      return buildSentEmailCard(entry, found.customer.code, data.day);
    },
    deps.malformed,
  );

  // « Ajouter » on the alias card: the use case checks who clicks, the name, and journals it.
  onInvoke(
    app,
    CUSTOMER_VERBS.alias,
    customerData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const alias = typeof data.alias === 'string' ? data.alias : '';
      const outcome = await addCustomerAlias(
        { stores: deps.file.stores },
        deciderOf(viewer),
        data.customer,
        alias,
      );
      const a = chatCommands.alias;
      const flash =
        outcome.kind === 'refused'
          ? { ok: false, message: aliasRefusalText(outcome.refusal) }
          : {
              ok: true,
              message: (outcome.kind === 'added' ? a.added : a.already)(
                shown(outcome.alias),
                shown(outcome.customer.legalName),
              ),
            };
      const scope = scopeOf(viewer);
      if (!scope || outcome.kind === 'refused') return flash.message;
      const file = await readCustomerFile(deps.file, outcome.customer);
      return cardFor(viewer, { kind: 'found', file }, data.customer, { flash });
    },
    deps.malformed,
  );

  const decisionVerbs = [
    CUSTOMER_VERBS.call,
    CUSTOMER_VERBS.promise,
    CUSTOMER_VERBS.dispute,
    CUSTOMER_VERBS.lift,
    CUSTOMER_VERBS.postpone,
    CUSTOMER_VERBS.plan,
    CUSTOMER_VERBS.paid,
    CUSTOMER_VERBS.accept,
    CUSTOMER_VERBS.undo,
    CUSTOMER_VERBS.insolvency,
    CUSTOMER_VERBS.declarationSent,
    CUSTOMER_VERBS.claimDeclaration,
  ];
  onInvoke(
    app,
    decisionVerbs,
    customerData,
    async (context, data, verb) => {
      const viewer = await deps.people.viewerOf(context);
      const decision: CustomerDecision | null = decisionOf(verb, data);
      if (!decision) return deps.malformed(context, verb, ['inputs: missing']);
      const outcome = await decideForCustomer(deps.decisions, deciderOf(viewer), data.customer, decision);
      return answerDecision(viewer, data.customer, outcome, data.day);
    },
    deps.malformed,
  );
}
