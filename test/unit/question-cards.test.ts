/**
 * Every intent's answer, through the query service and its view, as a card: each one fits in
 * Teams' 28 KB on every page, even with long lists and long names, and long lists page on. The
 * ledger is in memory (the reads are the service's, the store's are tested elsewhere); intents
 * added to the registry are covered here without a change.
 */
import { generatePortfolio } from '../../bench/portfolio';
import { buildAnswerCard, renderAnswerCard } from '../../src/bot/questions/answer-card';
import { cardSize, MAX_CARD_BYTES } from '../../src/bot/card-templates';
import { newAction } from '../../src/domain/actions';
import { addDays, calendarDate, monthKey } from '../../src/domain/calendar-date';
import type { Invoice, Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import type { JournalEntry } from '../../src/domain/journal';
import { QUERY_INTENTS } from '../../src/questions/catalogue';
import { viewOf, type QueryAnswer } from '../../src/questions/registry';
import { EVERYONE } from '../../src/questions/scope';
import { col } from '../../src/questions/view/answer-view';
import { QueryService } from '../../src/questions/service';
import type { QuerySources } from '../../src/questions/sources';
import type { StructuredQuery } from '../../src/questions/query';
import { cardText } from '../support/bot';

const TODAY = calendarDate(2026, 11, 23);
const year = { from: calendarDate(2026, 1, 1), to: TODAY };

/** A portfolio where every list is long and every name is long (and has a « < », which grows). */
function ledger(): QuerySources {
  const portfolio = generatePortfolio({ invoices: 4000, openRatio: 0.2, seed: 11, today: TODAY });
  const customers = portfolio.customers.map((c) => ({
    ...c,
    legalName: `${c.legalName} <Établissements réunis du Grand Ouest et du Centre-Val de Loire>`,
  }));
  const invoices: Invoice[] = portfolio.invoices.map((invoice, k) => {
    const closed = invoice.status === 'paid';
    const dunning = { ...invoice.dunning, lastStep: ['J+3', 'J+10', 'J+20', null][k % 4] ?? null };
    if (closed) {
      const writtenOff = k % 40 === 0;
      return {
        ...invoice,
        status: writtenOff ? 'written_off' : 'paid',
        amountPaid: writtenOff ? cents(0) : invoice.amountPaid,
        closedOn: addDays(invoice.dueDate, (k % 9) - 3),
        dunning,
      };
    }
    const since = addDays(TODAY, -(k % 30));
    const holds: Array<Invoice['dunning']['hold']> = [
      { kind: 'dispute', reason: 'Livraison incomplète contestée par le client, avoir demandé', since },
      { kind: 'promise', promisedDate: addDays(TODAY, (k % 20) - 10), since },
      {
        kind: 'plan',
        paidAtStart: invoice.amountPaid,
        since,
        installments: [
          { dueDate: addDays(TODAY, -10), amount: cents(Math.floor(invoice.amountInclTax / 2)) },
          { dueDate: addDays(TODAY, 20), amount: cents(Math.ceil(invoice.amountInclTax / 2)) },
        ],
      },
      null,
    ];
    const hold = holds[k % 4] ?? null;
    return {
      ...invoice,
      status: k % 4 === 3 && k % 8 === 7 ? 'litigation' : invoice.status,
      dunning: { ...dunning, hold, lastStepDate: since },
    };
  });
  const payments: Payment[] = invoices
    .filter((i) => i.status === 'paid' && i.closedOn !== null)
    .map((i, k) => ({
      id: `P${k}`,
      customerCode: i.customerCode,
      date: i.closedOn!,
      amount: i.amountInclTax,
      method: null,
      reference: null,
      invoiceNumber: i.number,
    }));
  const journal: JournalEntry[] = Array.from({ length: 400 }, (_, k) => {
    const date = addDays(TODAY, -(k % 60));
    return {
      id: `${date}T09:00:00.000Z|${String(k).padStart(4, '0')}`,
      at: `${date}T09:00:00.000Z`,
      date,
      actor: { id: 'u1', name: 'Camille Roux-Delacroix de la Direction financière' },
      action: ['action.sent', 'action.posted', 'letter.generated'][k % 3]!,
      target: {
        customerCodes: [customers[k % customers.length]!.code],
        invoiceNumbers: [invoices[k]!.number, invoices[k + 1]!.number],
      },
      details: { step: 'J+3' },
      outcome: 'ok',
    };
  });
  const actions = customers.slice(0, 200).map((c, k) =>
    newAction({
      id: `${TODAY}|${c.code}|J+3`,
      date: TODAY,
      customerCode: c.code,
      customerName: c.legalName,
      risk: c.risk,
      salesRepEmail: null,
      step: 'J+3',
      channel: 'email',
      invoices: [
        {
          number: invoices[k]!.number,
          issueDate: invoices[k]!.issueDate,
          dueDate: invoices[k]!.dueDate,
          amountInclTax: invoices[k]!.amountInclTax,
          balance: invoices[k]!.amountInclTax,
          daysLate: k,
        },
      ],
      total: cents(1000 * (k + 1)),
      maxDaysLate: k,
      alerts: [],
    }),
  );
  const open = invoices.filter((i) => i.status !== 'paid' && i.status !== 'written_off');
  return {
    invoices: {
      listOpen: async () => open,
      listDueIn: async (months) => invoices.filter((i) => months.includes(monthKey(i.dueDate))),
      listByCustomer: async (code) => invoices.filter((i) => i.customerCode === code),
      scanAll: async function* () {
        yield* invoices;
      },
    },
    customers: { list: async () => customers },
    payments: { listByMonth: async (month) => payments.filter((p) => p.date.startsWith(month)) },
    journal: {
      listForDays: async (from, to) => journal.filter((e) => e.date >= from && e.date <= to),
      listForCustomer: async (code) => journal.filter((e) => e.target.customerCodes?.includes(code)),
    },
    actions: { listForDate: async (date) => actions.filter((a) => a.date === date) },
  };
}

const sources = ledger();
const service = new QueryService(sources);
let codes: string[];

beforeAll(async () => {
  codes = (await sources.customers.list()).slice(0, 50).map((c) => c.code);
});

async function answerTo(query: StructuredQuery): Promise<QueryAnswer> {
  const outcome = await service.execute(query, { scope: EVERYONE, today: TODAY });
  if (outcome.kind !== 'answer') throw new Error(`${query.intent}: ${outcome.kind}`);
  return outcome.answer;
}

/** The largest answers each intent gives: everything, a long period, grouped, many customers. */
const variants = (): StructuredQuery['groupBy'][] => [undefined, 'customer', 'risk', 'step'];

describe.each(QUERY_INTENTS.map((intent) => [intent]))('%s', (intent) => {
  it('fits every page of its largest answers in 28 KB, pages on and says its headline', async () => {
    const queries: StructuredQuery[] = [
      ...variants().map((groupBy) => ({ intent, period: year, ...(groupBy ? { groupBy } : {}) })),
      { intent },
      { intent, customerCodes: codes },
    ];
    for (const query of queries) {
      const answer = await answerTo(query);
      const view = viewOf(answer);
      const rows = view.tables?.at(-1)?.rows.length ?? 0;
      const first = buildAnswerCard(answer, 0);
      expect([query, cardSize(first) <= MAX_CARD_BYTES]).toEqual([query, true]);
      expect(cardText(first)).toContain(view.headline);
      const pages = [first, buildAnswerCard(answer, 1), buildAnswerCard(answer, 10_000)];
      for (const card of pages) expect(cardSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
      if (rows > 10) {
        expect(cardText(first)).toContain('Voir la suite');
        expect(cardText(pages[2]!)).not.toContain('Voir la suite');
      }
    }
  });
});

it('has long lists to page through: the test data reaches every paging path', async () => {
  const unpaid = await answerTo({ intent: 'unpaid_invoices' });
  expect(viewOf(unpaid).tables!.at(-1)!.rows.length).toBeGreaterThan(100);
  const journal = await answerTo({ intent: 'journal_activity', period: year });
  expect(viewOf(journal).tables!.at(-1)!.rows.length).toBeGreaterThan(100);
});

it('cuts a page smaller when ten rows would not fit, and still pages through every row', () => {
  const rows = Array.from({ length: 30 }, (_, i) => [`ligne ${i + 1}`, 'x'.repeat(1400), 'y'.repeat(1400)]);
  const view = {
    headline: 'Trop long pour dix lignes',
    tables: [{ title: '', columns: [col('A', 1), col('B', 5), col('C', 5)], rows }],
  };
  const query: StructuredQuery = { intent: 'unpaid_invoices' };
  const first = renderAnswerCard(view, query, 0);
  expect(cardSize(first)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  const size = Number(/Lignes 1 à (\d+) sur 30/.exec(cardText(first))?.[1]);
  expect(size).toBeGreaterThanOrEqual(2);
  expect(size).toBeLessThan(10);
  const pages = Math.ceil(30 / size);
  expect(cardText(first)).toContain(`Voir la suite (2/${pages})`);
  const last = cardText(renderAnswerCard(view, query, pages - 1));
  expect(last).toContain('ligne 30');
  expect(last).not.toContain('Voir la suite');
  // Without a query to run again, no button.
  expect(cardText(renderAnswerCard(view, null, 0))).not.toContain('Voir la suite');
});
