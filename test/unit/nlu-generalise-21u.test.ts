/**
 * The twenty-first round's American voice (issue 16): a board member of the investor fund writing
 * US finance English — « AR », « past due balances », « delinquent accounts », « in collections »,
 * « with the attorney », « installment plan », « month over month », « trending », « moderate-risk »,
 * « escalated to the attorney tomorrow », and « book a bad debt allowance », an entry Relances does
 * not post (./american.ts). Variants written for the rules, not copied from the evaluation sets;
 * negatives that must not change. Against the evaluation portfolio (today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };

describe('an installment plan is a payment plan', () => {
  it.each([
    ['Which customers are on installment plans?', query({ intent: 'payment_plans' })],
    [
      'any installment agreements in place with SGH?',
      query({ intent: 'payment_plans', customerCodes: ['C002'] }),
    ],
    ['Do we have customers paying in installments?', query({ intent: 'payment_plans' })],
    ['who is on a payment schedule?', query({ intent: 'payment_plans' })],
  ])('%s', (text, expected) => expect(parsed(text)).toEqual(expected));
});

describe('past due balances up or down against a period are a trend', () => {
  it.each([
    ['are past due amounts higher or lower than last month?', query({ intent: 'trend', period: THIS_MONTH })],
    ['Past due balance up or down vs last month?', query({ intent: 'trend', period: THIS_MONTH })],
    [
      'Are delinquent balances up or down compared to last month?',
      query({ intent: 'trend', period: THIS_MONTH }),
    ],
    [
      'How have past due balances trended since September?',
      query({ intent: 'trend', period: { from: '2026-09-01', to: '2026-11-23' } }),
    ],
  ])('%s', (text, expected) => expect(parsed(text)).toEqual(expected));
});

describe('accounts in collections or with the attorney are in litigation', () => {
  it.each([
    ['Which customers have been sent to collections?', query({ intent: 'litigation' })],
    ['Is Hotel du Parc with the attorney?', query({ intent: 'litigation', customerCodes: ['C003'] })],
    ['Which accounts went to the attorneys?', query({ intent: 'litigation' })],
    ['accounts in collections', query({ intent: 'litigation' })],
    ['customers placed with outside counsel', query({ intent: 'litigation' })],
  ])('%s', (text, expected) => expect(parsed(text)).toEqual(expected));

  // Collections said of money keep money received.
  it.each([
    ['collections this month', query({ intent: 'collected', period: THIS_MONTH })],
    [
      'How much cash did we collect last month?',
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
  ])('negative: %s', (text, expected) => expect(parsed(text)).toEqual(expected));
});

describe('delinquent accounts ranked, among a risk segment', () => {
  it.each([
    ['Show the worst payers among high-risk accounts', query({ intent: 'top_late_payers', risk: 'high' })],
    [
      'rank delinquent accounts among moderate risk customers',
      query({ intent: 'top_late_payers', risk: 'moderate' }),
    ],
    ['top 5 delinquent customers', query({ intent: 'top_late_payers', limit: 5 })],
    ['List our 3 most delinquent accounts', query({ intent: 'top_late_payers', limit: 3 })],
    [
      'Who are the 10 worst moderate-risk payers?',
      query({ intent: 'top_late_payers', risk: 'moderate', limit: 10 }),
    ],
  ])('%s', (text, expected) => expect(parsed(text)).toEqual(expected));
});

describe('AR is what customers owe; its trend, its share past due', () => {
  it.each([
    ['Is AR trending down?', query({ intent: 'trend', measure: 'outstanding' })],
    [
      'How has total AR trended this year?',
      query({ intent: 'trend', measure: 'outstanding', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['what share of AR is past due?', query({ intent: 'overdue_ratio' })],
    [
      'past due as a percentage of AR for high-risk customers',
      query({ intent: 'overdue_ratio', risk: 'high' }),
    ],
    [
      'What percentage of total A/R is past due as of October 31?',
      query({ intent: 'overdue_ratio', asOf: '2026-10-31' }),
    ],
    ["What's our A/R balance?", query({ intent: 'aged_balance' })],
  ])('%s', (text, expected) => expect(parsed(text)).toEqual(expected));

  // « AR » is no mark of English: a French letter « avec AR » keeps its step.
  it('negative: lettres recommandées avec AR envoyées hier', () =>
    expect(parsed('lettres recommandées avec AR envoyées hier')).toEqual(
      query({ intent: 'journal_activity', step: 'J+20', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ));
});

describe('month over month and « trended » are a trend of their figure', () => {
  it.each([
    ['month-over-month collections', query({ intent: 'trend', measure: 'collected' })],
    [
      'cash receipts month over month since June',
      query({ intent: 'trend', measure: 'collected', period: { from: '2026-06-01', to: '2026-11-23' } }),
    ],
    ['How has the late payment rate trended?', query({ intent: 'trend', measure: 'late_rate' })],
    [
      'how have days sales outstanding trended since September',
      query({ intent: 'trend', measure: 'dso', period: { from: '2026-09-01', to: '2026-11-23' } }),
    ],
  ])('%s', (text, expected) => expect(parsed(text)).toEqual(expected));

  it('negative: cash receipts last month', () =>
    expect(parsed('cash receipts last month')).toEqual(
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ));
});

describe('files escalated to the attorney: to come, or done', () => {
  it.each([
    [
      'Who gets escalated to the attorney this week?',
      query({ intent: 'planned_actions', step: 'J+30', period: { from: '2026-11-23', to: '2026-11-29' } }),
    ],
    [
      'accounts to be turned over to collections tomorrow',
      query({ intent: 'planned_actions', step: 'J+30', period: TOMORROW }),
    ],
    [
      'Which customers will be escalated to counsel tomorrow?',
      query({ intent: 'planned_actions', step: 'J+30', period: TOMORROW }),
    ],
    [
      'escalations to the attorney due tomorrow',
      query({ intent: 'planned_actions', step: 'J+30', period: TOMORROW }),
    ],
  ])('%s', (text, expected) => expect(parsed(text)).toEqual(expected));

  it('negative: escalated last week is what was done', () =>
    expect(parsed('Which accounts were escalated to the attorney last week?')).toEqual(
      query({ intent: 'journal_activity', step: 'J+30', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ));
});

describe('AR turnover and AR to come are figures Relances does not compute', () => {
  it.each([
    ["What's the AR turnover ratio?"],
    ['receivables turnover this year'],
    ['What will AR be next month?'],
    ['what will the DSO be at year end?'],
  ])('%s', (text) => expect(parsed(text)).toEqual(NOT_UNDERSTOOD));

  it("negative: what will go out tomorrow is the day's work", () =>
    expect(parsed('What will go out tomorrow?')).toEqual(
      query({ intent: 'planned_actions', period: TOMORROW }),
    ));
});

describe('a bad debt allowance to book is an entry Relances does not post', () => {
  it.each([
    ['book an allowance for doubtful accounts'],
    ['Please book the bad debt reserve for Q4'],
    ['Can we record an allowance for credit losses on the delinquent accounts?'],
    ['What bad debt provision should we book this quarter?'],
    ['Book a write-off for SGH'],
    ['Can you post the bad debt write-off for Dupont?'],
  ])('%s', (text) => expect(parsed(text)).toEqual(NOT_UNDERSTOOD));

  it.each([
    [
      'How much did we book in bad debts last year?',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    [
      'how much did we write off last year?',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    ['doubtful accounts over 90 days', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
  ])('negative: %s', (text, expected) => expect(parsed(text)).toEqual(expected));
});
