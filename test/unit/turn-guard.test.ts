import { Writable } from 'node:stream';
import { ActivityTypes, INVOKE_RESPONSE_KEY, TurnContext, type Activity, type BotAdapter } from 'botbuilder';
import { BackgroundTasks } from '../../src/application/background-tasks';
import { guardTurn } from '../../src/bot/turn-guard';
import { createLogger } from '../../src/config/logger';

/** A turn's context whose invoke answer can be read back, as the adapter reads it. */
function invokeContext(verb = 'digest.refresh'): TurnContext {
  const adapter = {
    sendActivities: async (context: TurnContext, activities: Partial<Activity>[]) => {
      for (const activity of activities)
        if (activity.type === ActivityTypes.InvokeResponse)
          context.turnState.set(INVOKE_RESPONSE_KEY, activity);
      return activities.map(() => ({ id: '' }));
    },
  } as unknown as BotAdapter;
  return new TurnContext(adapter, {
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: {} } },
    from: { id: 'u' },
    conversation: { id: 'c' },
    recipient: { id: 'bot' },
    channelId: 'msteams',
  } as Partial<Activity> as Activity);
}

function answerOf(
  context: TurnContext,
): { status: number; body: { type: string; value: unknown } } | undefined {
  return (context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: never } | undefined)?.value;
}

function logs() {
  const lines: Array<{ level: number; msg: string; verb?: string; err?: { message: string } }> = [];
  const logger = createLogger(
    { LOG_LEVEL: 'info', LOG_FORMAT: 'json', NODE_ENV: 'test' },
    'test',
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as (typeof lines)[number]);
        done();
      },
    }),
  );
  return { logger, lines };
}

const UNAVAILABLE = 'Relances ne parvient pas à joindre ses données pour le moment';

it('answers an invoke that is not done in time, in French, and logs how the work ended', async () => {
  const { logger, lines } = logs();
  const background = new BackgroundTasks(() => undefined);
  let finish!: () => void;
  const work = new Promise<void>((resolve) => (finish = resolve));
  const context = invokeContext('row.paid');
  const started = performance.now();
  await guardTurn(() => work, { logger, background, invokeDeadlineMs: 50 })(context);
  expect(performance.now() - started).toBeLessThan(1000);
  expect(answerOf(context)).toEqual({
    status: 200,
    body: {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringContaining(UNAVAILABLE),
    },
  });
  expect(lines.some((l) => l.msg.includes('not answered in time') && l.verb === 'row.paid')).toBe(true);
  // The work goes on, tracked; its end is logged rather than lost.
  expect(background.size).toBe(1);
  finish();
  await background.drain();
  expect(lines.some((l) => l.msg.includes('finished after its answer') && l.verb === 'row.paid')).toBe(true);
});

it('answers a failed invoke in French: « réessayez » when the storage is away, « une erreur » otherwise', async () => {
  const { logger, lines } = logs();
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10002'), {
    name: 'RestError',
    code: 'ECONNREFUSED',
  });
  const down = invokeContext();
  await guardTurn(() => Promise.reject(refused), { logger })(down);
  expect(answerOf(down)?.body.value).toContain(UNAVAILABLE);
  expect(JSON.stringify(answerOf(down))).not.toContain('ECONNREFUSED');

  const bug = invokeContext();
  await guardTurn(() => Promise.reject(new TypeError('x is undefined')), { logger })(bug);
  expect(answerOf(bug)?.body.value).toContain('une erreur est survenue');
  // The precise errors are in the logs.
  expect(lines.filter((l) => l.level === 50).map((l) => l.err?.message)).toEqual([
    'connect ECONNREFUSED 127.0.0.1:10002',
    'x is undefined',
  ]);
});

it('leaves an answer given in time as it is', async () => {
  const { logger } = logs();
  const context = invokeContext();
  await guardTurn(
    async (c) => {
      await c.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: 'ok' } });
    },
    { logger, invokeDeadlineMs: 1000 },
  )(context);
  expect(answerOf(context)).toEqual({ status: 200, body: 'ok' });
});

it('does not bound a message: its failure goes to the adapter’s onTurnError', async () => {
  const { logger } = logs();
  const context = invokeContext();
  context.activity.type = ActivityTypes.Message;
  await expect(guardTurn(() => Promise.reject(new Error('boom')), { logger })(context)).rejects.toThrow(
    'boom',
  );
});
