/**
 * The intent `trend`: its phrases and measures in the parser, and its arithmetic on a small ledger
 * whose every figure is computed by hand below (the ledger as it stood at each month's end,
 * payments added back, closings undone).
 */
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { Invoice, Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { frenchTypography } from '../../src/i18n/typography';
import { computeTrend, trendAnswer, type TrendAnswer } from '../../src/questions/intents/trend/answer';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import type { StructuredQuery } from '../../src/questions/query';
import type { TrendSource } from '../../src/questions/trend-source';
import {
  comparisonOf,
  granularityOf,
  invoiceAt,
  measureOver,
  paymentsByInvoice,
  pastPart,
  trendWindows,
  type LedgerHistory,
} from '../../src/questions/trends';
import { filtersLine, namesFrom } from '../../src/questions/view/filters-text';
import { comparable } from '../nlu/eval-set';
import { aCustomer, anInvoice } from '../support/fixtures';

const TODAY = calendarDate(2026, 11, 23);
const d = (text: string) => text as CalendarDate;

describe('the parser', () => {
  const customers = [
    aCustomer({ code: 'C001', legalName: 'Biocoop Lyon Croix-Rousse' }),
    aCustomer({ code: 'C010', legalName: 'Naturalia Part-Dieu' }),
  ];
  const parse = (text: string) => comparable(parseQuestion(text, { today: TODAY, customers }));
  const query = (q: Omit<StructuredQuery, 'intent'>) => ({ kind: 'query', query: { intent: 'trend', ...q } });
  const november = { from: d('2026-11-01'), to: d('2026-11-30') };

  it.each([
    ['ça va mieux que le mois dernier ?', { period: november }],
    ['ça va mieux que le mois dernier les retards ?', { period: november }],
    ['c pire que le mois dernier ?', { period: november }],
    ['évolution des retards', {}],
    ['évolution des impayés', {}],
    ['tendance des impayés', {}],
    ['les retards ont-ils baissé ?', {}],
    ['évolution du DSO', { measure: 'dso' }],
    ['évolution du délai de paiement', { measure: 'dso' }],
    ['évolution du DSO depuis juin', { measure: 'dso', period: { from: d('2026-06-01'), to: TODAY } }],
    ['encaissements ce mois vs le mois dernier', { measure: 'collected', period: november }],
    [
      'paiements reçus cette semaine par rapport à la semaine dernière',
      {
        measure: 'collected',
        period: { from: d('2026-11-23'), to: d('2026-11-29') },
      },
    ],
    ['l’encours a-t-il baissé ?', { measure: 'outstanding' }],
    ['évolution des créances', { measure: 'outstanding' }],
    ['ce qu’on nous doit a-t-il augmenté ?', { measure: 'outstanding' }],
    ['créances échues en hausse ?', {}],
    ['tendance du taux de retard', { measure: 'late_rate' }],
    ['le taux de retard progresse ?', { measure: 'late_rate' }],
    ['évolution des impayés de Naturalia', { customerCodes: ['C010'] }],
    ['ce mois-ci c mieux qu’en septembre les retards ?', { period: november }],
    ['courbe des impayés', {}],
    [
      'on encaisse plus que l’an dernier cette année ?',
      {
        measure: 'collected',
        period: { from: d('2026-01-01'), to: d('2026-12-31') },
      },
    ],
  ] as const)('« %s »', (text, expected) => {
    expect(parse(text)).toEqual(query(expected as Omit<StructuredQuery, 'intent'>));
  });

  it('leaves the losses, and the figures asked without comparing, to their own intents', () => {
    expect(parse('pertes cette année vs l’an dernier')).toEqual({
      kind: 'query',
      query: { intent: 'written_off', period: { from: d('2026-01-01'), to: d('2026-12-31') } },
    });
    expect(parse('encaissé ce mois')).toEqual({
      kind: 'query',
      query: { intent: 'collected', period: november },
    });
    expect(parse('DSO ?')).toEqual({ kind: 'query', query: { intent: 'dso' } });
    expect(parse('promesses de paiement échues')).toEqual({ kind: 'query', query: { intent: 'promises' } });
    expect(parse('litiges en cours')).toEqual({ kind: 'query', query: { intent: 'disputes' } });
    expect(parse('encaissements du mois en cours')).toEqual({
      kind: 'query',
      query: { intent: 'collected', period: november },
    });
    // A bare verb without a figure to follow asks for nothing; a comparison word alone neither.
    expect(parse('augmente les tarifs de 5 %')).toMatchObject({ kind: 'not_understood' });
    expect(parse('vs le mois dernier')).toMatchObject({ kind: 'not_understood' });
  });
});

describe('points and comparisons', () => {
  it('reads the last twelve months month by month, the last one up to today', () => {
    const past = pastPart({ from: d('2025-12-01'), to: TODAY }, TODAY)!;
    expect(granularityOf(past)).toBe('month');
    const windows = trendWindows(past, 'month');
    expect(windows).toHaveLength(12);
    expect(windows[0]).toEqual({ from: d('2025-12-01'), to: d('2025-12-31') });
    expect(windows[11]).toEqual({ from: d('2026-11-01'), to: TODAY });
  });

  it('reads « ce mois » day by day, against last month: whole for a stock, the same days for a flow', () => {
    const asked = { from: d('2026-11-01'), to: d('2026-11-30') };
    const past = pastPart(asked, TODAY)!;
    expect(past).toEqual({ from: d('2026-11-01'), to: TODAY });
    expect(granularityOf(past)).toBe('day');
    expect(trendWindows(past, 'day')).toHaveLength(23);
    expect(comparisonOf(asked, past, 'day', true)).toEqual({
      unit: 'month',
      current: { from: d('2026-11-01'), to: TODAY },
      previous: { from: d('2026-10-01'), to: d('2026-10-31') },
    });
    expect(comparisonOf(asked, past, 'day', false).previous).toEqual({
      from: d('2026-10-01'),
      to: d('2026-10-23'),
    });
  });

  it('compares a week with the week before, a 31st of March with February', () => {
    const week = { from: d('2026-11-23'), to: d('2026-11-29') };
    expect(comparisonOf(week, pastPart(week, TODAY)!, 'day', false)).toEqual({
      unit: 'week',
      current: { from: TODAY, to: TODAY },
      previous: { from: d('2026-11-16'), to: d('2026-11-16') },
    });
    const march = { from: d('2026-03-01'), to: d('2026-03-31') };
    expect(comparisonOf(march, march, 'day', false).previous).toEqual({
      from: d('2026-02-01'),
      to: d('2026-02-28'),
    });
    const since = { from: d('2026-09-01'), to: TODAY };
    expect(granularityOf(since)).toBe('week');
    expect(trendWindows(since, 'week')[0]).toEqual({ from: d('2026-09-01'), to: d('2026-09-06') });
  });

  it('has no point for a period not begun', () => {
    expect(pastPart({ from: d('2026-12-01'), to: d('2026-12-31') }, TODAY)).toBeNull();
  });
});

// ---------------------------------------------------------------- a ledger computed by hand

const pay = (invoiceNumber: string, date: string, euros: number): Payment => ({
  id: `${invoiceNumber}-${date}`,
  invoiceNumber,
  customerCode: 'C001',
  date: d(date),
  amount: cents(euros * 100),
  method: null,
  reference: null,
});

/**
 * A: issued 1 Sept, due 1 Oct, 1 000 €: 400 € paid on 20 Oct, 600 € on 10 Nov (settled then).
 * B: issued 5 Oct, due 4 Nov, 500 €, unpaid.
 * C: issued 1 Aug, due 31 Aug, 300 €, written off on 15 Oct.
 * D: issued 1 July, due 31 July, 200 €, settled on 15 Sept by the invoices' export (no payment line).
 * E: issued 10 Sept, due 10 Oct, 100 €, paid on time on 8 Oct.
 */
const invoices: Invoice[] = [
  anInvoice({
    number: 'A',
    issueDate: d('2026-09-01'),
    dueDate: d('2026-10-01'),
    amountInclTax: cents(100_000),
    amountPaid: cents(100_000),
    status: 'paid',
    closedOn: d('2026-11-10'),
  }),
  anInvoice({
    number: 'B',
    issueDate: d('2026-10-05'),
    dueDate: d('2026-11-04'),
    amountInclTax: cents(50_000),
  }),
  anInvoice({
    number: 'C',
    issueDate: d('2026-08-01'),
    dueDate: d('2026-08-31'),
    amountInclTax: cents(30_000),
    status: 'written_off',
    closedOn: d('2026-10-15'),
  }),
  anInvoice({
    number: 'D',
    issueDate: d('2026-07-01'),
    dueDate: d('2026-07-31'),
    amountInclTax: cents(20_000),
    amountPaid: cents(20_000),
    status: 'paid',
    closedOn: d('2026-09-15'),
  }),
  anInvoice({
    number: 'E',
    issueDate: d('2026-09-10'),
    dueDate: d('2026-10-10'),
    amountInclTax: cents(10_000),
    amountPaid: cents(10_000),
    status: 'paid',
    closedOn: d('2026-10-08'),
  }),
];
const payments = [pay('A', '2026-10-20', 400), pay('A', '2026-11-10', 600), pay('E', '2026-10-08', 100)];
const history: LedgerHistory = { invoices, payments };
const at = (measure: Parameters<typeof measureOver>[0], from: string, to: string) =>
  measureOver(measure, { from: d(from), to: d(to) }, history, TODAY);

describe('the ledger as it stood', () => {
  const byInvoice = paymentsByInvoice(payments);

  it('adds back the payments made later and undoes a later closing', () => {
    const a = invoiceAt(invoices[0]!, d('2026-10-31'), byInvoice)!;
    expect([a.amountPaid, a.status, a.closedOn]).toEqual([40_000, 'partially_paid', null]);
    const c = invoiceAt(invoices[2]!, d('2026-09-30'), byInvoice)!;
    expect([c.amountPaid, c.status]).toEqual([0, 'open']);
    expect(invoiceAt(invoices[1]!, d('2026-10-04'), byInvoice)).toBeNull();
  });

  it('counts an invoice settled without a payment line for its whole amount until its closing', () => {
    const early = invoiceAt(invoices[3]!, d('2026-08-31'), byInvoice)!;
    expect([early.amountPaid, early.status]).toEqual([0, 'open']);
    expect(invoiceAt(invoices[3]!, d('2026-09-15'), byInvoice)!.status).toBe('paid');
  });

  it('gives the overdue amount and the outstanding at each month’s end', () => {
    // 31 Aug: D (200 €, due 31 July, settled 15 Sept) is overdue; C is due that day, not late yet.
    expect(at('overdue', '2026-08-01', '2026-08-31')).toBe(20_000);
    expect(at('outstanding', '2026-08-01', '2026-08-31')).toBe(50_000);
    // 30 Sept: C (written off 15 Oct) is overdue; A (1 000 €) and E (100 €) are not due yet.
    expect(at('overdue', '2026-09-01', '2026-09-30')).toBe(30_000);
    expect(at('outstanding', '2026-09-01', '2026-09-30')).toBe(140_000);
    // 31 Oct: A owes 600 € (400 € paid on 20 Oct), overdue; B (500 €) is not due yet.
    expect(at('overdue', '2026-10-01', '2026-10-31')).toBe(60_000);
    expect(at('outstanding', '2026-10-01', '2026-10-31')).toBe(110_000);
    // Today: only B, overdue since 4 Nov.
    expect(at('overdue', '2026-11-01', '2026-11-23')).toBe(50_000);
    expect(at('outstanding', '2026-11-01', '2026-11-23')).toBe(50_000);
  });

  it('gives the DSO by the countback method at each date', () => {
    // Today: 500 € owed; November's sales 0 (23 days counted), October's 500 € cover the rest: 23 + 31.
    expect(at('dso', '2026-11-01', '2026-11-23')).toBeCloseTo(54, 10);
    // 31 Oct: 1 100 € owed; October's 500 € (31 days), then 600 € of September's 1 100 €: 30 × 6/11.
    expect(at('dso', '2026-10-01', '2026-10-31')).toBeCloseTo(31 + (30 * 600) / 1100, 10);
  });

  it('gives the late rate of the invoices due in each window, as they stood the day after', () => {
    // October: A (unpaid on 1 Nov) late, E paid on time → 50 %.
    expect(at('late_rate', '2026-10-01', '2026-10-31')).toBe(50);
    // July: D, due on the 31st, still unpaid on 1 Aug → 100 %; August: C, due on the 31st, too.
    expect(at('late_rate', '2026-07-01', '2026-07-31')).toBe(100);
    expect(at('late_rate', '2026-08-01', '2026-08-31')).toBe(100);
    expect(at('late_rate', '2026-09-01', '2026-09-30')).toBeNull();
  });

  it('gives the payments received over a window', () => {
    expect(at('collected', '2026-10-01', '2026-10-23')).toBe(50_000);
    expect(at('collected', '2026-11-01', '2026-11-23')).toBe(60_000);
  });
});

describe('the answer and its card', () => {
  const source: TrendSource = {
    measure: (measure, windows) =>
      Promise.resolve(windows.map((w) => measureOver(measure, w, history, TODAY))),
  };
  const card = (answer: TrendAnswer) =>
    trendAnswer.view(answer, { names: (code) => code, filters: undefined });

  it('says whether the overdue amount went down since the end of last month', async () => {
    const answer = await computeTrend(
      { intent: 'trend', period: { from: d('2026-11-01'), to: d('2026-11-30') } },
      TODAY,
      source,
    );
    expect(answer.points).toHaveLength(23);
    expect(answer.points.at(-1)!.value).toBe(50_000);
    expect(answer.comparison!.previous.value).toBe(60_000);
    expect(frenchTypography(card(answer).headline)).toBe(
      frenchTypography(
        'Les impayés échus baissent : 500,00 € au 23 novembre 2026 contre 600,00 € fin octobre 2026 (\u221216,7\u00a0%)',
      ),
    );
  });

  it('compares the payments of this month with the same days of last month', async () => {
    const answer = await computeTrend(
      { intent: 'trend', measure: 'collected', period: { from: d('2026-11-01'), to: d('2026-11-30') } },
      TODAY,
      source,
    );
    expect(frenchTypography(card(answer).headline)).toBe(
      frenchTypography(
        'Les encaissements augmentent : 600,00 € du 1er au 23 novembre 2026 contre 500,00 € du 1er au 23 octobre 2026 (+20,0\u00a0%)',
      ),
    );
  });

  it('follows the DSO over twelve months, month by month, in days', async () => {
    const answer = await computeTrend({ intent: 'trend', measure: 'dso' }, TODAY, source);
    expect(answer.period).toEqual({ from: d('2025-12-01'), to: TODAY });
    const view = card(answer);
    expect(view.headline).toBe(
      'Le DSO augmente : 54,0 j au 23 novembre 2026 contre 47,4 j fin octobre 2026 (+6,6 j)',
    );
    const rows = view.tables![0]!.rows;
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)).toEqual(['novembre 2026 (du 1er au 23 novembre 2026)', '54,0 j', '+6,6 j']);
    expect(rows.at(-2)).toEqual(['octobre 2026', '47,4 j', expect.any(String)]);
  });

  it('names the customers asked about, and says which filters a trend does not apply', async () => {
    const answer = await computeTrend(
      { intent: 'trend', customerCodes: ['C010'], daysLate: { min: 31 } },
      TODAY,
      source,
      [{ code: 'C010', name: 'Naturalia Part-Dieu', risk: 'low' }],
    );
    expect(answer.query).toEqual({
      intent: 'trend',
      period: { from: d('2025-12-01'), to: TODAY },
      customerCodes: ['C010'],
    });
    const view = trendAnswer.view(answer, {
      names: namesFrom(answer),
      filters: filtersLine(answer.query, namesFrom(answer)),
    });
    expect(view.subtitle).toBe('Filtres : client : Naturalia Part-Dieu');
    expect(view.notes![0]).toMatch(/^Une évolution suit le total : les filtres de retard/);
  });

  it('agrees its verb and its points in French', async () => {
    const answer = await computeTrend(
      { intent: 'trend', measure: 'late_rate', period: { from: d('2026-10-01'), to: d('2026-10-31') } },
      TODAY,
      source,
    );
    // October against September: 50 % against no invoice due → no change to state.
    expect(card(answer).headline).toBe('Évolution du taux de retard : 50,0\u00a0% en octobre 2026');
    const outstanding = await computeTrend(
      { intent: 'trend', measure: 'outstanding', period: { from: d('2026-10-01'), to: d('2026-10-31') } },
      TODAY,
      source,
    );
    expect(card(outstanding).headline).toBe(
      'L’encours baisse : 1 100,00 € fin octobre 2026 contre 1 400,00 € fin septembre 2026 (\u221221,4\u00a0%)'
        .replace(/(\d) (\d{3})/g, '$1\u00a0$2')
        .replace(/ €/g, '\u00a0€'),
    );
  });
});
