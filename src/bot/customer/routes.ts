/**
 * The customer's card in the chat and on the day's card: « client biocoop », « fiche Biocoop »,
 * « téléphone de biocoop ? », « lever le litige F2026-1048 », the « Fiche client » button of every
 * row, and the card's own buttons. A decision answers with the same card, the feedback next to the
 * buttons; the day's cards are brought up to date in the background.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  decideForCustomer,
  type CustomerDecisionDependencies,
} from '../../application/customer/customer-decisions';
import {
  customerFile,
  findCustomer,
  readCustomerFile,
  type CustomerFileDependencies,
  type CustomerFileResult,
} from '../../application/customer/customer-file';
import type { CalendarDate } from '../../domain/calendar-date';
import type { CustomerDecision, CustomerOutcome } from '../../domain/customer-decisions';
import { findCustomers } from '../../domain/customer-search';
import { customerOutcomeText } from '../../i18n/customer';
import { customerCard as t } from '../../i18n/fr/customer';
import { insolvencyTexts } from '../../i18n/fr/insolvency';
import type { TextContext } from '../../i18n/reasons';
import { customersScope, EVERYONE, type Scope } from '../../questions/scope';
import type { BotHooks } from '../app';
import type { CardJson } from '../card-templates';
import { shown } from '../card-text';
import { deciderOf } from '../controller/click-answers';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { canAct, seesEverything, type People, type Viewer } from '../people';
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
}

/** « fiche Biocoop », « fiche client Biocoop ». */
export const CUSTOMER_CARD = /^\s*fiche\s+(?:(?:du\s+)?client\s+)?(.+?)\s*[?!.]*\s*$/i;
/** « client biocoop »: only when it names a customer (« clients en retard ? » is a question). */
export const CLIENT_NAME = /^\s*client\s+(.+?)\s*[?!.]*\s*$/i;
/** « téléphone de biocoop ? », « contact de Biocoop », « quel est le numéro de Biocoop ? » */
export const CUSTOMER_PHONE =
  /^\s*(?:quel(?:le)?s?\s+(?:est|sont)\s+(?:le|la|les)\s+)?(?:t[ée]l[ée]phone|t[ée]l\.?|num[ée]ro(?:\s+de\s+t[ée]l[ée]phone)?|contacts?|coordonn[ée]es)\s+(?:de\s+chez\s+|de\s+la\s+|de\s+l['’]\s*|de\s+|du\s+|des\s+|d['’]\s*|chez\s+)?(.+?)\s*[?!.]*\s*$/i;
/** « procédure collective Biocoop », « procédure collective de Biocoop »: the card, its form named. */
export const INSOLVENCY_COMMAND =
  /^\s*proc[ée]dure\s+collective\s+(?:de\s+chez\s+|de\s+la\s+|de\s+l['’]\s*|de\s+|du\s+|d['’]\s*|chez\s+|pour\s+)?(.+?)\s*[?!.]*\s*$/i;
/** « lever le litige F2026-1048 », « lever le litige sur la facture F2026-1048 ». */
export const LIFT_DISPUTE =
  /^\s*lever\s+(?:le\s+)?litige\s+(?:sur\s+|de\s+)?(?:la\s+)?(?:facture\s+)?([A-Za-z0-9][\w/.-]*)\s*[.!]*\s*$/i;

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
          flash: extra.flash ?? null,
          refreshUserIds: [viewer.userId],
          documentUrl: deps.documentUrl,
          day: extra.day,
        });
    }
  };

  /** A message the pattern matches and whose captured name is one of the customers. */
  const namesCustomer =
    (pattern: RegExp) =>
    async (context: TurnContext): Promise<boolean> => {
      const name = pattern.exec(context.activity.text ?? '')?.[1];
      if (!name || context.activity.type !== 'message') return false;
      return findCustomers(name, await deps.file.stores.customers.list()).length > 0;
    };

  const reply = async (context: TurnContext, answer: CardJson | string) => {
    await context.sendActivity(
      typeof answer === 'string' ? answer : MessageFactory.attachment(CardFactory.adaptiveCard(answer)),
    );
  };

  const showByName = async (context: TurnContext, name: string, flash?: { ok: boolean; message: string }) => {
    const viewer = await deps.people.viewerOf(context);
    const scope = scopeOf(viewer);
    if (!scope) return reply(context, t.notAllowed);
    await reply(
      context,
      await cardFor(viewer, await customerFile(deps.file, scope, { name }), name, { flash }),
    );
  };

  // « procédure collective Biocoop »: the customer's card, pointing at its « Procédure collective » form.
  app.message(INSOLVENCY_COMMAND, async (context) => {
    const viewer = await deps.people.viewerOf(context);
    const name = INSOLVENCY_COMMAND.exec(context.activity.text ?? '')?.[1] ?? '';
    await showByName(
      context,
      name,
      canAct(viewer) ? { ok: true, message: insolvencyTexts.commandHint } : undefined,
    );
  });

  app.message(CUSTOMER_CARD, async (context) => {
    await showByName(context, CUSTOMER_CARD.exec(context.activity.text ?? '')?.[1] ?? '');
  });

  // « client biocoop » is a command only when it names a customer; otherwise the questions answer.
  app.message(namesCustomer(CLIENT_NAME), async (context) => {
    await showByName(context, CLIENT_NAME.exec(context.activity.text ?? '')?.[1] ?? '');
  });

  // « téléphone de … » likewise: only when it names a customer.
  app.message(namesCustomer(CUSTOMER_PHONE), async (context) => {
    const name = CUSTOMER_PHONE.exec(context.activity.text ?? '')?.[1] ?? '';
    const viewer = await deps.people.viewerOf(context);
    const scope = scopeOf(viewer);
    if (!scope) return reply(context, t.notAllowed);
    const found = await findCustomer(deps.file.stores, scope, { name });
    if (found.kind !== 'one') return reply(context, await cardFor(viewer, found, name));
    const c = found.customer;
    const lines = [
      c.phone ? t.phone(shown(c.legalName), shown(c.phone)) : t.noPhone(shown(c.legalName)),
      `${t.facts.emails}\u00a0: ${shown(c.billingEmails.join(', '), 400) || t.none}`,
      `${t.facts.rep}\u00a0: ${shown(c.salesRepEmail) || t.none}`,
    ];
    await reply(context, lines.join('\n\n'));
  });

  app.message(LIFT_DISPUTE, async (context) => {
    const number = LIFT_DISPUTE.exec(context.activity.text ?? '')?.[1] ?? '';
    const viewer = await deps.people.viewerOf(context);
    const invoice = await deps.file.stores.invoices.findByNumber(number);
    if (!invoice) return reply(context, t.invoiceUnknown(shown(number)));
    const outcome = await decideForCustomer(deps.decisions, deciderOf(viewer), invoice.customerCode, {
      verb: 'lift_dispute',
      invoice: invoice.number,
      note: '',
    });
    await answerDecision(viewer, invoice.customerCode, outcome).then((answer) => reply(context, answer));
  });

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
