/**
 * The language-model wiring over HTTP: a loopback stand-in for the OpenAI API answers
 * /v1/chat/completions as the real one does (tool calls), the bot's teams-ai ActionPlanner asks it
 * first, and the offline parser answers whenever the model fails, is too slow, or picks nothing
 * valid. A model's own text never reaches the user: figures come from the query service.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate, daysBetween } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
import { QUESTION_TOOLS } from '../../src/questions/model-tools';
import { QUERY_INTENTS } from '../../src/questions/query';
import { aCustomer } from '../support/fixtures';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);

type Behaviour =
  | { kind: 'tool'; name: string; arguments: Record<string, unknown> }
  | { kind: 'text'; content: string }
  | { kind: 'error'; status: number }
  | { kind: 'hang' };

interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  tools?: Array<{ type: string; function: { name: string; parameters: unknown } }>;
  tool_choice?: unknown;
}

/** A minimal OpenAI chat-completions endpoint on loopback, answering as told. */
class OpenAiStub {
  behaviour: Behaviour = { kind: 'text', content: '' };
  readonly requests: Array<{ path: string; authorization: string | undefined; body: ChatRequest }> = [];
  /** Requests the stub holds without answering (« hang »), until `release()`. */
  private readonly held: Array<() => void> = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<OpenAiStub> {
    let stub: OpenAiStub | null = null;
    const server = createServer((request, response) => void stub!.handle(request, response));
    stub = new OpenAiStub(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  private async handle(request: IncomingMessage, response: import('node:http').ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    this.requests.push({ path: request.url ?? '', authorization: request.headers.authorization, body });
    const b = this.behaviour;
    if (b.kind === 'hang') await new Promise<void>((resolve) => this.held.push(resolve));
    if (response.destroyed) return;
    if (b.kind === 'error') {
      response.writeHead(b.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'stub failure', type: 'server_error' } }));
      return;
    }
    const message =
      b.kind === 'tool'
        ? {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: b.name, arguments: JSON.stringify(b.arguments) },
              },
            ],
          }
        : { role: 'assistant', content: b.kind === 'text' ? b.content : '' };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: 'chatcmpl-stub',
        object: 'chat.completion',
        created: 1_700_000_000,
        model: body.model,
        choices: [{ index: 0, message, finish_reason: b.kind === 'tool' ? 'tool_calls' : 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
  }

  /** How many requests are being held unanswered. */
  get holding(): number {
    return this.held.length;
  }

  release(): void {
    this.held.splice(0).forEach((answer) => answer());
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let stub: OpenAiStub;
let bot: TestBot;
let invoices: Invoice[];

beforeAll(async () => {
  stub = await OpenAiStub.start();
  bot = await startTestBot({
    OPENAI_API_KEY: 'sk-test-stub',
    OPENAI_ENDPOINT: stub.url,
    OPENAI_MODEL: 'stub-model',
    LLM_TIMEOUT_MS: '1000',
  });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.stores.customers.upsertMany([aCustomer({ code: 'C011', legalName: 'Biocoop Part-Dieu' })]);
  invoices = [];
  for await (const invoice of bot.stores.invoices.scanAll()) invoices.push(invoice);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
  await stub.close();
});

// The OpenAI model of teams-ai logs the failures it turns into errors: the tests provoke them.
beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

async function ask(text: string, person = PEOPLE.director): Promise<string> {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  return reply.attachments?.[0] ? cardText(reply.attachments[0].content) : (reply.text ?? '');
}

const balance = (i: Invoice) => Math.max(0, i.amountInclTax - i.amountPaid);
const owed = (i: Invoice) => i.status !== 'paid' && i.status !== 'written_off' && balance(i) >= 100;
const euros = (list: Invoice[]) => formatEuros(cents(list.reduce((s, i) => s + balance(i), 0)));

it('asks the model first, with every question action as a tool and today’s date, and runs the action it picks', async () => {
  stub.behaviour = { kind: 'tool', name: 'aged_balance', arguments: {} };
  const before = stub.requests.length;
  // The offline parser does not understand this: the answer can only come from the model's plan.
  const text = await ask('fais-moi la photographie du poste clients');
  expect(text).toContain(`Balance âgée au 23 novembre 2026 : ${euros(invoices.filter(owed))} TTC`);

  const request = stub.requests.at(-1)!;
  expect(stub.requests.length).toBe(before + 1);
  expect(request.path).toBe('/v1/chat/completions');
  expect(request.authorization).toBe('Bearer sk-test-stub');
  expect(request.body.model).toBe('stub-model');
  expect(request.body.tools!.map((t) => t.function.name).sort()).toEqual([...QUERY_INTENTS].sort());
  // teams-ai passes the parameters generated from zod to the model unchanged.
  for (const tool of request.body.tools!) {
    const generated = QUESTION_TOOLS.find((t) => t.name === tool.function.name)!;
    expect(tool.function.parameters).toEqual(generated.parameters);
  }
  expect(request.body.messages.at(-1)).toEqual({
    role: 'user',
    content: 'fais-moi la photographie du poste clients',
  });
  expect(request.body.messages[0]!.content).toContain('Today is 2026-11-23');
});

it('resolves a customer the model names in words, within what the asker may see', async () => {
  stub.behaviour = { kind: 'tool', name: 'customer_balance', arguments: { customer: 'hygiène' } };
  const sgh = invoices.filter((i) => i.customerCode === 'C002' && owed(i));
  expect(await ask('où en est notre ami de Décines ?')).toContain(
    `Société Générale d’Hygiène nous doit ${euros(sgh)} TTC`,
  );
  stub.behaviour = { kind: 'tool', name: 'customer_balance', arguments: { customer: 'Biocoop' } };
  expect(await ask('et le bio ?')).toContain('Plusieurs clients correspondent à « Biocoop » : lequel ?');
  // Claire's customer, asked by Karim: not found among his.
  stub.behaviour = { kind: 'tool', name: 'customer_balance', arguments: { customer: 'Hôtel du Parc' } };
  expect(await ask('et l’hôtel ?', PEOPLE.karim)).toContain('Aucun client ne correspond à « Hôtel du Parc »');
});

it('falls back to the offline parser when the model errors', async () => {
  stub.behaviour = { kind: 'error', status: 500 };
  const before = stub.requests.length;
  const november = invoices.filter((i) => owed(i) && i.dueDate < MONDAY && i.dueDate.startsWith('2026-11'));
  expect(await ask('quels impayés ce mois ?')).toContain(
    `${november.length} factures impayées échues en novembre 2026 : ${euros(november)} TTC`,
  );
  expect(stub.requests.length).toBeGreaterThan(before);
});

it('falls back when the model answers in words, names an unknown action or passes bad parameters', async () => {
  const dso = 'DSO : ';
  stub.behaviour = { kind: 'text', content: 'Votre DSO est de 999 jours et vos impayés de 123 456 €.' };
  const worded = await ask('quel est le DSO ?');
  expect(worded).toContain(dso);
  expect(worded).not.toContain('999');
  expect(worded).not.toContain('123 456');

  stub.behaviour = { kind: 'tool', name: 'drop_all_tables', arguments: {} };
  expect(await ask('balance âgée')).toContain('Balance âgée au 23 novembre 2026');

  stub.behaviour = {
    kind: 'tool',
    name: 'unpaid_invoices',
    arguments: { period: { from: 'hier', to: 'demain' } },
  };
  const late = invoices.filter((i) => owed(i) && daysBetween(i.dueDate, MONDAY) > 20);
  expect(late.length).toBeGreaterThan(1);
  expect(await ask('impayés de plus de 20 jours')).toContain(
    `${late.length} factures impayées : ${euros(late)} TTC`,
  );
});

it('falls back when the model is slower than LLM_TIMEOUT_MS', async () => {
  // The model never answers until released: the offline answer arrives while it is still silent,
  // so the fallback did not wait for it — whatever the machine's speed.
  stub.behaviour = { kind: 'hang' };
  expect(await ask('balance âgée')).toContain('Balance âgée au 23 novembre 2026');
  expect(stub.holding).toBe(1);
  stub.release();
});
