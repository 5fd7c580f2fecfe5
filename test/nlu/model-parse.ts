/**
 * The same evaluation with a language model planning, when one is configured (`OPENAI_*` or
 * `AZURE_OPENAI_*`): the bot's own teams-ai ActionPlanner (src/bot/questions/model-planner.ts)
 * asked each question as a chat turn would ask it, its first valid action read as the bot reads it
 * (`readParameters`, a customer named in words resolved against the portfolio), and the offline
 * parser whenever the model gives nothing usable — what a user gets. Commands never go to a model:
 * the offline parser finds them first, as the bot's routes do.
 */
import { AI, TurnState, type PredictedDoCommand } from '@microsoft/teams-ai';
import { TestAdapter, TurnContext } from 'botbuilder';
import type { ModelSettings } from '../../src/config/settings';
import { findCustomers } from '../../src/domain/customer-search';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { modelPlanner, validModelPlan } from '../../src/bot/questions/model-planner';
import { MAX_CHOICES, type ParseResult } from '../../src/questions/parser/parse-question';
import { isQueryIntent } from '../../src/questions/catalogue';
import { readParameters } from '../../src/questions/query';
import type { EvalSet } from './eval-set';
import { offlineParse } from './report';

export type AsyncParse = (question: string, set: EvalSet) => Promise<ParseResult>;

/** The model's parse, or null when no model is configured. */
export function modelParse(settings: ModelSettings, lawFirm: string): AsyncParse | null {
  const planner = modelPlanner(settings, GREENOVA_LADDER, lawFirm);
  if (!planner) return null;
  const ai = new AI<TurnState>({ planner });
  return async (question, set) => {
    const offline = offlineParse(question, set);
    if (offline.kind === 'command') return offline;
    const context = new TurnContext(new TestAdapter(), {
      type: 'message',
      text: question,
      channelId: 'msteams',
      conversation: { id: 'eval', isGroup: false, conversationType: 'personal', name: 'eval' },
      from: { id: 'eval-user', name: 'Évaluation' },
      recipient: { id: 'relances', name: 'Relances' },
      serviceUrl: 'http://127.0.0.1/',
    });
    const state = new TurnState();
    await state.load(context);
    state.temp.input = question;
    state.setValue('temp.questionsToday', set.today);
    let commands: PredictedDoCommand[] = [];
    try {
      const plan = validModelPlan(await planner.beginTask(context, state, ai));
      commands = plan.commands.filter((c): c is PredictedDoCommand => c.type === 'DO');
    } catch {
      return offline;
    }
    const first = commands.find((c) => isQueryIntent(c.action));
    const read = first && isQueryIntent(first.action) ? readParameters(first.action, first.parameters) : null;
    if (!read) return offline;
    if (!read.customerText) return { kind: 'query', query: read.query };
    const matches = findCustomers(read.customerText, set.customers);
    if (matches.length === 0)
      return { kind: 'unknown_customer', query: read.query, mention: read.customerText };
    if (matches.length > 1)
      return {
        kind: 'ambiguous_customer',
        query: read.query,
        mention: read.customerText,
        candidates: matches.slice(0, MAX_CHOICES).map((c) => ({ code: c.code, name: c.legalName })),
      };
    return { kind: 'query', query: { ...read.query, customerCodes: [matches[0]!.code] } };
  };
}
