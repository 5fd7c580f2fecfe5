/**
 * The demo's mise en demeure to Propreté Services Rhône-Alpes (C007, posted 10 days before the
 * demo's day) came back signed the day after it was posted: its 8 days have run on the demo's day,
 * so its transfer to the firm is due — as the tests that exercise the transfer need. Without it the
 * transfer waits 15 days after posting (no AR recorded).
 */
import { addDays } from '../../src/domain/calendar-date';
import { formalNoticeOf } from '../../src/domain/dunning-engine';
import type { LadderConfig } from '../../src/domain/ladder';
import type { Stores } from '../../src/application/ports';

export async function demoNoticeReceived(
  stores: Pick<Stores, 'invoices'>,
  ladder: LadderConfig,
  customer = 'C007',
): Promise<void> {
  for (const invoice of await stores.invoices.listByCustomer(customer)) {
    const notice = formalNoticeOf(invoice, ladder);
    if (!notice || invoice.status === 'paid') continue;
    await stores.invoices.modify(customer, invoice.number, (current) => ({
      ...current,
      dunning: {
        ...current.dunning,
        notice: { ...notice, event: { kind: 'received', on: addDays(notice.postedOn, 1) } },
      },
    }));
  }
}
