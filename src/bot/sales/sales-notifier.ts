/**
 * Sales notices in Teams: the rep's card in their personal chat with the bot when they installed
 * the app; otherwise a 1:1 conversation created in the tenant by their AAD object id when it is
 * known (from a conversation they had with the bot, or SALES_REP_AAD_IDS); otherwise unreachable,
 * and the controller's card says so.
 */
import type { ConversationReference } from 'botbuilder';
import type { RoleSettings } from '../../config/settings';
import type { Clock } from '../../domain/calendar-date';
import type { LawFirm } from '../../domain/identity';
import { fr } from '../../i18n/fr';
import type { Delivery, SalesNotifier } from '../../application/ports';
import type { Stores } from '../../application/ports';
import type { SalesNotice } from '../../domain/sales-notices';
import type { CardJson } from '../card-templates';
import { noticeFreshness } from '../../domain/sales-notice-freshness';
import { buildSalesCard } from './sales-card';
import type { ProactiveCards } from '../teams-notifier';

export const salesCardKey = (notice: Pick<SalesNotice, 'key'>) => `sales|${notice.key}`;

export class TeamsSalesNotifier implements SalesNotifier {
  constructor(
    private readonly stores: Stores,
    private readonly proactive: ProactiveCards,
    private readonly settings: Pick<RoleSettings, 'SALES_REP_AAD_IDS'>,
    private readonly lawFirm: LawFirm,
    private readonly clock: Clock,
  ) {}

  async cardFor(notice: SalesNotice): Promise<CardJson | null> {
    const customer = await this.stores.customers.get(notice.customerCode);
    if (!customer) return null;
    const numbers = new Set(notice.invoiceNumbers);
    const all = await this.stores.invoices.listByCustomer(customer.code);
    const invoices = all.filter((i) => numbers.has(i.number));
    const journal = await this.stores.journal.listForCustomer(customer.code);
    const today = this.clock.today();
    return buildSalesCard({
      notice,
      customer,
      invoices,
      journal,
      lawFirm: this.lawFirm,
      today,
      // Read when delivered or refreshed: a notice no longer true is rewritten (never « as if new »).
      freshness: noticeFreshness(notice, all, journal, today),
    });
  }

  async notify(notice: SalesNotice): Promise<Delivery> {
    const card = await this.cardFor(notice);
    if (!card) return { delivered: false, reason: fr.sales.unknownNotice };
    const now = this.clock.now();
    const known = await this.stores.conversations.findByEmail(notice.repEmail);
    if (known) {
      await this.proactive.postOrUpdate(salesCardKey(notice), known, card, now);
      return { delivered: true };
    }
    const aadObjectId = this.settings.SALES_REP_AAD_IDS[notice.repEmail];
    const via = (await this.stores.conversations.list()).find(
      (u) => typeof u.reference.serviceUrl === 'string',
    )?.reference as Partial<ConversationReference> | undefined;
    if (!aadObjectId || !via) return { delivered: false, reason: fr.sales.notInstalled };
    await this.proactive.createAndPost(
      salesCardKey(notice),
      { aadObjectId, email: notice.repEmail, name: notice.repEmail },
      via,
      card,
      now,
    );
    return { delivered: true };
  }
}
