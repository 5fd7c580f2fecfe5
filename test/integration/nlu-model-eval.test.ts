/**
 * The evaluation with a language model planning (test/nlu/model-parse.ts), over a loopback stand-in
 * for the OpenAI API: the model's tool call becomes the query the bot would run, a customer it names
 * in words is resolved against the portfolio, and the offline parser answers when the model fails.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSettings } from '../../src/config/settings';
import { loadEvalSet } from '../nlu/eval-set';
import { comparable } from '../nlu/eval-set';
import { modelParse } from '../nlu/model-parse';

let server: Server;
let answer: { status: number; tool?: { name: string; arguments: Record<string, unknown> } } = { status: 200 };
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        messages: Array<{ content: string }>;
      };
      asked.push(body.messages.at(-1)!.content);
      if (answer.status !== 200) {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        return void response.end(JSON.stringify({ error: { message: 'stub', type: 'server_error' } }));
      }
      const tool = answer.tool!;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          created: 1,
          model: 'stub',
          choices: [
            {
              index: 0,
              finish_reason: 'tool_calls',
              message: {
                role: 'assistant',
                content: null,
                tool_calls: [
                  {
                    id: 'c',
                    type: 'function',
                    function: { name: tool.name, arguments: JSON.stringify(tool.arguments) },
                  },
                ],
              },
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

function parser() {
  const settings = parseSettings({
    OPENAI_API_KEY: 'sk-stub',
    OPENAI_ENDPOINT: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    OPENAI_MODEL: 'stub',
    LLM_TIMEOUT_MS: '2000',
  });
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  return modelParse(settings.settings, 'Cabinet Aptos Avocats')!;
}

const set = loadEvalSet();

it('is null without a model configured', () => {
  const settings = parseSettings({});
  expect(settings.ok && modelParse(settings.settings, 'Cabinet Aptos Avocats')).toBeNull();
});

it('reads the model’s tool call as the bot would, customers resolved against the portfolio', async () => {
  const parse = parser();
  answer = { status: 200, tool: { name: 'aged_balance', arguments: {} } };
  expect(comparable(await parse('la photo du poste clients', set))).toEqual({
    kind: 'query',
    query: { intent: 'aged_balance' },
  });
  expect(asked.at(-1)).toBe('la photo du poste clients');
  answer = { status: 200, tool: { name: 'customer_balance', arguments: { customer: 'hôtel du parc' } } };
  expect(comparable(await parse('et l’hôtel ?', set))).toEqual({
    kind: 'query',
    query: { intent: 'customer_balance', customerCodes: ['C003'] },
  });
  answer = { status: 200, tool: { name: 'customer_balance', arguments: { customer: 'Biocoop' } } };
  expect(comparable(await parse('et le bio ?', set))).toMatchObject({
    kind: 'ambiguous_customer',
    candidates: ['C001', 'C011'],
  });
});

it('falls back on the offline parser when the model fails', async () => {
  answer = { status: 500 };
  expect(comparable(await parser()('quels impayés ce mois ?', set))).toEqual({
    kind: 'query',
    query: { intent: 'unpaid_invoices', period: { from: '2026-11-01', to: '2026-11-30' } },
  });
});
