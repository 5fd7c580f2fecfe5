/**
 * The two charts over months (issue #18), over a stand-in snapshot store: a month-end without its
 * snapshot is left empty and named in the summary; a sales rep's question reads no snapshot; a day
 * without a snapshot has its falling-due figure read from the invoices' due dates, and the card says
 * which months.
 */
import type { DailySnapshot } from '../../src/application/ports/snapshots';
import { addDays, calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { cents } from '../../src/domain/money';
import type { AnswerContext } from '../../src/questions/answer-context';
import { agedMonths, previousMonthEnds } from '../../src/questions/answers/aged-months';
import { fallingDueOver } from '../../src/questions/answers/falling-due';
import { AGE_BUCKETS } from '../../src/questions/definitions';
import { agedBalanceAnswer, type AgedBalanceAnswer } from '../../src/questions/intents/aged-balance/answer';
import { customersScope, EVERYONE, type Scope } from '../../src/questions/scope';
import { anInvoice } from '../support/fixtures';

const today = calendarDate(2026, 11, 23);

function snapshot(date: CalendarDate, perBucket: number, fallingDue = 0): DailySnapshot {
  const aged = Object.fromEntries(AGE_BUCKETS.map((b) => [b, cents(perBucket)])) as DailySnapshot['aged'];
  return {
    date,
    outstanding: cents(perBucket * 5),
    overdue: cents(perBucket * 4),
    overdueCount: 1,
    aged,
    overdueByRisk: { low: cents(perBucket * 4), moderate: cents(0), high: cents(0) },
    overdueByCustomer: {},
    dsoDays: 40,
    lateRate: 10,
    inLitigation: cents(0),
    collected: cents(0),
    fallingDue: cents(fallingDue),
    writtenOff: cents(0),
    penaltiesBilled: cents(0),
    penaltiesCollected: cents(0),
  };
}

function contextWith(
  kept: DailySnapshot[],
  scope: Scope = EVERYONE,
  dueIn: ReturnType<typeof anInvoice>[] = [],
) {
  const reads: string[] = [];
  const context = {
    today,
    scope,
    customers: new Map(),
    sources: {
      snapshots: {
        range: async (from: CalendarDate, to: CalendarDate) => {
          reads.push(`${from}/${to}`);
          return kept.filter((s) => s.date >= from && s.date <= to);
        },
      },
    },
    reads: { dueIn: async () => dueIn },
  } as unknown as AnswerContext;
  return { context, reads };
}

const todays = Object.fromEntries(AGE_BUCKETS.map((b) => [b, cents(100)])) as DailySnapshot['aged'];

describe('the aged balance over twelve months', () => {
  it('leaves a month-end without its snapshot empty and names it in the summary', async () => {
    const ends = previousMonthEnds(today);
    expect(ends[0]).toBe('2025-12-31');
    expect(ends.at(-1)).toBe('2026-10-31');
    const kept = ends.filter((e) => e !== '2026-03-31').map((e, i) => snapshot(e, 1000 * (i + 1)));
    const { context } = contextWith(kept);
    const months = (await agedMonths({ intent: 'aged_balance' }, context, todays))!;
    expect(months).toHaveLength(12);
    expect(months.find((m) => m.end === '2026-03-31')!.aged).toBeNull();
    const answer: AgedBalanceAnswer = {
      intent: 'aged_balance',
      query: { intent: 'aged_balance' },
      today,
      total: cents(500),
      count: 5,
      buckets: AGE_BUCKETS.map((bucket) => ({ bucket, amount: cents(100), count: 1 })),
      byCustomer: null,
      months,
    } as AgedBalanceAnswer;
    const chart = agedBalanceAnswer.view(answer, { filters: undefined } as never).chart!;
    expect(chart.spec.series.every((s) => s.values[3] === null)).toBe(true);
    expect(chart.altText).toContain(
      'Pas de chiffres gardés pour\u00a0: mars\u00a026\u00a0; ces mois sont laissés vides.',
    );
  });

  it('reads no snapshot for a sales rep, nor for a filtered question', async () => {
    const { context, reads } = contextWith(
      [snapshot(calendarDate(2026, 10, 31), 10)],
      customersScope(['C001']),
    );
    expect(await agedMonths({ intent: 'aged_balance' }, context, todays)).toBeUndefined();
    const everyone = contextWith([]);
    expect(
      await agedMonths({ intent: 'aged_balance', risk: 'high' }, everyone.context, todays),
    ).toBeUndefined();
    expect(reads).toHaveLength(0);
    expect(everyone.reads).toHaveLength(0);
  });
});

describe('what fell due per month', () => {
  const october = { from: calendarDate(2026, 10, 1), to: calendarDate(2026, 10, 31) };
  const november = { from: calendarDate(2026, 11, 1), to: today };

  it('sums the snapshots’ days, reading a missing past day from the due dates and naming its month', async () => {
    const kept: DailySnapshot[] = [];
    for (let d = october.from; d <= addDays(today, -1); d = addDays(d, 1))
      if (d !== '2026-10-14') kept.push(snapshot(d, 0, 100));
    const dueIn = [
      anInvoice({ number: 'A', dueDate: calendarDate(2026, 10, 14), amountInclTax: cents(5000) }),
      anInvoice({ number: 'B', dueDate: today, amountInclTax: cents(700) }),
      // A day kept in a snapshot is never read twice.
      anInvoice({ number: 'C', dueDate: calendarDate(2026, 10, 15), amountInclTax: cents(999_999) }),
    ];
    const { context } = contextWith(kept, EVERYONE, dueIn);
    const due = await fallingDueOver([october, november], { intent: 'trend', measure: 'collected' }, context);
    expect(due.values).toEqual([30 * 100 + 5000, 22 * 100 + 700]);
    // Today is read now (no snapshot yet), as the collected amount is: only October is named.
    expect(due.rebuilt).toEqual([0]);
  });

  it('reads a sales rep’s falling due from their invoices only, never the portfolio’s snapshots', async () => {
    const kept = [snapshot(calendarDate(2026, 10, 2), 0, 123_456)];
    const dueIn = [
      anInvoice({
        number: 'A',
        customerCode: 'C001',
        dueDate: calendarDate(2026, 10, 2),
        amountInclTax: cents(300),
      }),
      anInvoice({
        number: 'B',
        customerCode: 'C009',
        dueDate: calendarDate(2026, 10, 2),
        amountInclTax: cents(800),
      }),
    ];
    const { context, reads } = contextWith(kept, customersScope(['C001']), dueIn);
    const due = await fallingDueOver([october], { intent: 'trend', measure: 'collected' }, context);
    expect(due.values).toEqual([300]);
    expect(reads).toHaveLength(0);
  });
});
