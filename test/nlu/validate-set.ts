/**
 * Checks an evaluation file's form without parsing any question: every expected result is a
 * well-formed query or command of the contract, every code is in the portfolio. A writer of the
 * set runs it (`npx tsx test/nlu/validate-set.ts <file>`); so does `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { structuredQuerySchema } from '../../src/questions/query';

const KINDS = ['query', 'command', 'ambiguous_customer', 'unknown_customer', 'not_understood'];
const COMMANDS: Record<string, { required: string[]; optional: string[] }> = {
  customer_card: { required: ['customerCodes'], optional: [] },
  customer_contact: { required: ['customerCodes'], optional: [] },
  history: { required: [], optional: ['invoice', 'customerCodes'] },
  lift_dispute: { required: ['invoice'], optional: [] },
  open_dispute: { required: ['invoice'], optional: [] },
  record_promise: { required: ['date'], optional: ['invoice', 'customerCodes', 'amount'] },
  add_alias: { required: ['customerCodes', 'alias'], optional: [] },
  day_card: { required: [], optional: [] },
  procedure: { required: [], optional: [] },
  law_firm_letter: { required: [], optional: [] },
  export: { required: ['what'], optional: [] },

  weekly_review: { required: [], optional: [] },
};

export interface RawQuestion {
  family: string;
  question: string;
  author?: string;
  expected: Record<string, unknown>;
}

/** The problems of one expected result, in words (empty when well-formed). */
export function problemsOf(q: RawQuestion, codes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const e = q.expected ?? {};
  // A command may name a customer not in the portfolio (« fiche Leclerc »): no codes (the brief).
  const checkCodes = (list: unknown, mayBeEmpty = false) => {
    if (!Array.isArray(list)) return problems.push('customerCodes: a list');
    if (list.length === 0 && !mayBeEmpty) return problems.push('customerCodes: non-empty list');
    for (const c of list) if (!codes.has(String(c))) problems.push(`unknown customer code ${String(c)}`);
    const sorted = [...(list as string[])].sort();
    if (sorted.join() !== (list as string[]).join()) problems.push('customerCodes/candidates: sort them');
    return 0;
  };
  if (typeof q.question !== 'string' || !q.question.trim()) problems.push('question: empty');
  if (typeof q.family !== 'string' || !q.family) problems.push('family: missing');
  if (!KINDS.includes(String(e.kind))) return [...problems, `kind: one of ${KINDS.join(', ')}`];
  const allowed: Record<string, string[]> = {
    query: ['kind', 'query'],
    command: ['kind', 'command'],
    ambiguous_customer: ['kind', 'query', 'candidates'],
    unknown_customer: ['kind', 'query'],
    not_understood: ['kind'],
  };
  for (const key of Object.keys(e))
    if (!allowed[String(e.kind)]!.includes(key)) problems.push(`unexpected key ${key}`);
  if (e.kind !== 'not_understood' && e.kind !== 'command') {
    const parsed = structuredQuerySchema.safeParse(e.query);
    if (!parsed.success)
      problems.push(
        `query: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    const cc = (e.query as { customerCodes?: unknown } | undefined)?.customerCodes;
    if (cc !== undefined) checkCodes(cc);
  }
  if (e.kind === 'ambiguous_customer') checkCodes(e.candidates);
  if (e.kind === 'command') {
    const c = (e.command ?? {}) as Record<string, unknown>;
    const spec = COMMANDS[String(c.command)];
    if (!spec) return [...problems, `command: one of ${Object.keys(COMMANDS).join(', ')}`];
    for (const k of spec.required) if (!(k in c)) problems.push(`command ${String(c.command)}: ${k} missing`);
    for (const k of Object.keys(c))
      if (k !== 'command' && !spec.required.includes(k) && !spec.optional.includes(k))
        problems.push(`command ${String(c.command)}: unexpected key ${k}`);
    if ('customerCodes' in c) checkCodes(c.customerCodes, true);
    if (c.command === 'history' && !('invoice' in c) === !('customerCodes' in c))
      problems.push('history: invoice or customerCodes, one of them');
    if ('date' in c && !/^\d{4}-\d{2}-\d{2}$/.test(String(c.date))) problems.push('date: YYYY-MM-DD');
    if ('amount' in c && !Number.isInteger(c.amount)) problems.push('amount: integer cents');
    if (c.command === 'export' && !['aged_balance', 'unpaid', 'journal'].includes(String(c.what)))
      problems.push('export: what is aged_balance, unpaid or journal');
    if ('invoice' in c && String(c.invoice) !== String(c.invoice).toUpperCase())
      problems.push('invoice: in capitals');
  }
  return problems;
}

export function validateFile(
  path: string,
  portfolioPath = resolve(__dirname, 'portfolio.json'),
  options: { quote?: boolean } = {},
): string[] {
  const portfolio = JSON.parse(readFileSync(portfolioPath, 'utf8')) as { customers: Array<{ code: string }> };
  const codes = new Set(portfolio.customers.map((c) => c.code));
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { questions?: RawQuestion[] } | RawQuestion[];
  const questions = Array.isArray(raw) ? raw : (raw.questions ?? []);
  const out: string[] = [];
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    const where = options.quote === false ? `#${i}` : `#${i} « ${q.question} »`;
    const key = q.question?.trim().toLowerCase();
    if (seen.has(key)) out.push(`${where}: duplicate question`);
    seen.add(key);
    for (const p of problemsOf(q, codes))
      out.push(`${where}: ${p.replace(/Invalid option: expected one of .*/, 'invalid intent')}`);
  });
  return out;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  let bad = 0;
  for (const file of files) {
    const problems = validateFile(resolve(file));
    bad += problems.length;
    for (const p of problems) console.log(`${file} ${p}`);
    if (problems.length === 0) console.log(`${file}: well-formed`);
  }
  process.exit(bad > 0 ? 1 : 0);
}
