/** What every letter of a customer needs: identity, invoices, rates, and the reminders already sent. */
import type { Customer, Invoice } from '../../domain/ledger';
import type { Channel } from '../../domain/ladder';
import type { LawFirm } from '../../domain/identity';
import type { JournalEntry } from '../../domain/journal';
import {
  DOCX_CONTENT_TYPE,
  type Stores,
  type DocumentStore,
  type PreviousReminder,
  type RenderLetter,
  type StoredDocument,
} from '../ports';
import { currentRates, type Rates } from '../rates/effective-rates';
import type { MailDependencies } from './send-email';

export interface LetterDependencies extends MailDependencies {
  /** The payments too: a letter's interest follows them. */
  stores: MailDependencies['stores'] & Pick<Stores, 'payments'>;
  documents: DocumentStore;
  renderLetter: RenderLetter;
  lawFirm: LawFirm;
  /** The effective rate table, read for each letter (a rate set from Teams is used by the next one). */
  rates: Rates;
}

const DONE_ACTIONS: Record<string, Channel> = {
  'email.sent': 'email',
  'letter.posted': 'letter',
  'formal_notice.posted': 'registered_letter',
};

/** Earlier reminders of these invoices, from the journal, for « notre courriel du … ». */
export function previousReminders(
  journal: readonly JournalEntry[],
  invoices: readonly Invoice[],
): PreviousReminder[] {
  const numbers = new Set(invoices.map((i) => i.number));
  const byChannel = new Map<Channel, PreviousReminder>();
  for (const entry of journal) {
    const channel = DONE_ACTIONS[entry.action];
    if (
      !channel ||
      entry.outcome !== 'ok' ||
      !(entry.target.invoiceNumbers ?? []).some((n) => numbers.has(n))
    )
      continue;
    if (!byChannel.has(channel)) byChannel.set(channel, { date: entry.date, channel });
  }
  return [...byChannel.values()];
}

/** A file name without the characters file systems refuse. */
export const safeFileName = (text: string) =>
  text
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export async function letterInput(
  deps: Pick<LetterDependencies, 'stores' | 'company' | 'calendar' | 'clock' | 'rates'>,
  customer: Customer,
  invoices: readonly Invoice[],
) {
  const [journal, rates, payments] = await Promise.all([
    deps.stores.journal.listForCustomer(customer.code),
    currentRates(deps.rates),
    // The interest's base follows the dated payments of each invoice (src/domain/late-penalties.ts).
    Promise.all(invoices.map((i) => deps.stores.payments.listByInvoice(i.number))).then((lists) =>
      lists.flat().filter((p) => p.customerCode === customer.code),
    ),
  ]);
  return {
    journal,
    base: {
      company: deps.company,
      customer,
      invoices,
      // A letter is dated the day it can be posted: prepared on a day off, it bears the next business day.
      today: deps.calendar.nextBusinessDayOnOrAfter(deps.clock.today()),
      rates,
      previousReminders: previousReminders(journal, invoices),
      payments,
    },
  };
}

export function storeDocx(
  deps: Pick<LetterDependencies, 'documents' | 'clock'>,
  kind: string,
  fileName: string,
  bytes: Buffer,
): Promise<StoredDocument> {
  return deps.documents.save({ kind, fileName, contentType: DOCX_CONTENT_TYPE, bytes }, deps.clock.now());
}
