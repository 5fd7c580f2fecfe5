/**
 * The public evaluation set of the French questions, and how a parse is judged against it. Used by
 * the unit test (every question must pass) and by the bench (the accuracy figure).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseCalendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { Customer } from '../../src/domain/ledger';
import { parseQuestion, type ParseResult } from '../../src/questions/parser/parse-question';

export interface EvalQuestion {
  family: string;
  question: string;
  /** A ParseResult, with the candidates of an ambiguous customer as codes. */
  expected: Record<string, unknown>;
}

export interface EvalSet {
  today: CalendarDate;
  /** The configured law firm (its name asks about litigation: « chez Aptos »). */
  lawFirm: string;
  customers: Customer[];
  questions: EvalQuestion[];
}

interface RawSet {
  today: string;
  lawFirm: string;
  customers: Array<{ code: string; legalName: string; aliases?: string[] }>;
  questions: EvalQuestion[];
}

/** Only the code and the name matter to the parser; the rest is a neutral customer. */
function customerOf(ref: { code: string; legalName: string; aliases?: string[] }): Customer {
  return {
    ...(ref.aliases ? { aliases: ref.aliases } : {}),
    code: ref.code,
    legalName: ref.legalName,
    siren: null,
    address: { lines: [], postalCode: '', city: '', country: 'France' },
    billingEmails: [],
    phone: null,
    salesRepEmail: null,
    risk: 'low',
    type: 'B2B',
    paymentTermsDays: 30,
    contractualPenaltyRateBp: null,
  };
}

export function loadEvalSet(path = resolve(__dirname, 'questions.fr.json')): EvalSet {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawSet;
  return {
    today: parseCalendarDate(raw.today),
    lawFirm: raw.lawFirm,
    customers: raw.customers.map(customerOf),
    questions: raw.questions,
  };
}

/** A query's customers are a set: their codes sorted. */
function sortedCodes<Q extends { customerCodes?: readonly string[] }>(query: Q): Q {
  return query.customerCodes ? { ...query, customerCodes: [...query.customerCodes].sort() } : query;
}

/**
 * The parse result in the set's form, what a writer of the set can state without reading the
 * parser: the kind; the query (or the command, its customer as the codes it names); the candidates
 * of an ambiguous customer as codes. What the bot says around it (the mention as typed, what was
 * understood of a question it could not answer, « vouliez-vous dire … ») is tested elsewhere.
 */
export function comparable(result: ParseResult): Record<string, unknown> {
  switch (result.kind) {
    // A query's customers are a set (« les impayés de C017 et C009 »): compared sorted, as a
    // command's and the candidates are. The parser keeps the order they were named in, which the
    // answer follows.
    case 'query':
      return { kind: 'query', query: sortedCodes(result.query) };
    case 'command': {
      const { customer, ...rest } = result.command as { customer?: { codes: string[] } };
      return {
        kind: 'command',
        command: customer ? { ...rest, customerCodes: [...customer.codes].sort() } : rest,
      };
    }
    case 'ambiguous_customer':
      return {
        kind: 'ambiguous_customer',
        query: sortedCodes(result.query),
        candidates: result.candidates.map((c) => c.code).sort(),
      };
    case 'unknown_customer':
      return { kind: 'unknown_customer', query: sortedCodes(result.query) };
    case 'not_understood':
      return { kind: 'not_understood' };
  }
}

export interface Evaluation {
  total: number;
  passed: number;
  /** Percentage of questions parsed to exactly their expected result. */
  accuracy: number;
  failures: Array<{ question: string; expected: unknown; actual: unknown }>;
}

export function evaluate(set: EvalSet): Evaluation {
  const failures: Evaluation['failures'] = [];
  for (const q of set.questions) {
    const actual = comparable(
      parseQuestion(q.question, { today: set.today, customers: set.customers, lawFirm: set.lawFirm }),
    );
    if (!isDeepStrictEqual(actual, q.expected))
      failures.push({ question: q.question, expected: q.expected, actual });
  }
  const total = set.questions.length;
  const passed = total - failures.length;
  return { total, passed, accuracy: total === 0 ? 0 : (100 * passed) / total, failures };
}
