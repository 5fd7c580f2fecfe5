/**
 * « historique F2026-0042 » and « historique client Biocoop »: the journal of an invoice or a
 * customer as a card. Controllers and directors see everything; a sales rep their customers only.
 */
import type { BotHooks } from './app';
import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { findCustomers } from '../domain/customer-search';
import type { Customer } from '../domain/ledger';
import { fr } from '../i18n/fr';
import type { Stores } from '../application/ports';
import type { CardJson } from './card-templates';
import { buildHistoryCard, HISTORY_VERBS } from './history-card';
import { seesEverything, type People, type Viewer } from './people';

export interface HistoryRouteDependencies {
  stores: Stores;
  people: People;
  /** A signed link to a stored document. */
  documentUrl: (id: string) => string;
}

const INVOICE_HISTORY =
  /^\s*historique\s+(?:de\s+la\s+)?(?:facture\s+)?(?!client\b)([A-Za-z0-9][\w/.-]*)\s*$/i;
const CUSTOMER_HISTORY = /^\s*historique\s+(?:du\s+)?client\s+(.+?)\s*$/i;

const asCard = (card: CardJson) => card as unknown as AdaptiveCard;

function allowed(viewer: Viewer, customerCode: string): boolean {
  return seesEverything(viewer) || viewer.customerCodes.includes(customerCode);
}

export function registerHistoryRoutes(
  app: Application<TurnState>,
  deps: HistoryRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(fr.commands.history);
  const { documentUrl } = deps;

  const invoiceCard = async (viewer: Viewer, number: string, page: number): Promise<CardJson | string> => {
    const invoice = await deps.stores.invoices.findByNumber(number);
    if (!invoice) return fr.history.invoiceNotFound(number);
    if (!allowed(viewer, invoice.customerCode)) return fr.history.notYours;
    const customer = await deps.stores.customers.get(invoice.customerCode);
    return buildHistoryCard({
      title: fr.history.invoiceTitle(invoice.number, customer?.legalName ?? invoice.customerCode),
      entries: await deps.stores.journal.listForInvoice(invoice.number),
      page,
      pageData: { invoice: invoice.number },
      documentUrl,
    });
  };

  const customerCard = async (
    viewer: Viewer,
    customer: Customer,
    page: number,
  ): Promise<CardJson | string> => {
    if (!allowed(viewer, customer.code)) return fr.history.notYours;
    return buildHistoryCard({
      title: fr.history.customerTitle(customer.legalName),
      entries: await deps.stores.journal.listForCustomer(customer.code),
      page,
      pageData: { customer: customer.code },
      documentUrl,
    });
  };

  const reply = async (context: TurnContext, answer: CardJson | string) => {
    await context.sendActivity(
      typeof answer === 'string' ? answer : MessageFactory.attachment(CardFactory.adaptiveCard(answer)),
    );
  };

  const viewerWithAccess = async (context: TurnContext): Promise<Viewer | null> => {
    const viewer = await deps.people.viewerOf(context);
    if (!seesEverything(viewer) && viewer.customerCodes.length === 0) {
      await context.sendActivity(fr.history.notAllowed);
      return null;
    }
    return viewer;
  };

  app.message(CUSTOMER_HISTORY, async (context) => {
    const viewer = await viewerWithAccess(context);
    if (!viewer) return;
    const query = CUSTOMER_HISTORY.exec(context.activity.text ?? '')?.[1] ?? '';
    const visible = (await deps.stores.customers.list()).filter((c) => allowed(viewer, c.code));
    const found = findCustomers(query, visible);
    if (found.length === 0) return void (await context.sendActivity(fr.history.customerNotFound(query)));
    if (found.length === 1) return void (await reply(context, await customerCard(viewer, found[0]!, 0)));
    await reply(
      context,
      buildHistoryChoices(
        fr.history.whichCustomer(query),
        found.slice(0, 6).map((c) => ({ title: c.legalName, data: { customer: c.code } })),
      ),
    );
  });

  app.message(INVOICE_HISTORY, async (context) => {
    const viewer = await viewerWithAccess(context);
    if (!viewer) return;
    const number = INVOICE_HISTORY.exec(context.activity.text ?? '')?.[1] ?? '';
    await reply(context, await invoiceCard(viewer, number, 0));
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>(
    [HISTORY_VERBS.page, HISTORY_VERBS.customer],
    async (context, _s, data) => {
      const viewer = await deps.people.viewerOf(context);
      const page = typeof data.page === 'number' && Number.isInteger(data.page) ? data.page : 0;
      let answer: CardJson | string = fr.history.notAllowed;
      if (typeof data.invoice === 'string') answer = await invoiceCard(viewer, data.invoice, page);
      else if (typeof data.customer === 'string') {
        const customer = await deps.stores.customers.get(data.customer);
        answer = customer
          ? await customerCard(viewer, customer, page)
          : fr.history.customerNotFound(data.customer);
      }
      return typeof answer === 'string' ? answer : asCard(answer);
    },
  );
}

function buildHistoryChoices(
  title: string,
  choices: Array<{ title: string; data: Record<string, unknown> }>,
): CardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: title, wrap: true, weight: 'Bolder' }],
    actions: choices.map((c) => ({
      type: 'Action.Execute',
      title: c.title,
      verb: HISTORY_VERBS.customer,
      data: c.data,
    })),
  };
}
