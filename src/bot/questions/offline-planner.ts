/**
 * The French parser (src/questions/parser) as a teams-ai planner: always one DO command — the
 * intent's action with the query's filters, or a clarification when no figure can be given yet.
 */
import type { Plan, Planner, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { LadderConfig } from '../../domain/ladder';
import { parseQuestion, parseWithoutCustomers } from '../../questions/parser/parse-question';
import { toParameters } from '../../questions/query';
import { doCommand, turnOf } from './turn';

/** Actions the offline planner uses to answer without a figure; never offered to a model. */
export const CLARIFY = {
  ambiguous: 'relances.clarify.customer',
  unknown: 'relances.clarify.unknown_customer',
  notUnderstood: 'relances.clarify.not_understood',
} as const;

export class OfflineQuestionPlanner implements Planner<TurnState> {
  constructor(
    private readonly ladder: LadderConfig,
    private readonly lawFirm: string,
  ) {}

  async beginTask(context: TurnContext, state: TurnState): Promise<Plan> {
    const turn = turnOf(context);
    const text = state.temp.input ?? '';
    const parseContext = {
      today: turn.today,
      steps: this.ladder.steps,
      preDueId: this.ladder.preDue?.id ?? null,
      lawFirm: this.lawFirm,
    };
    // The customers are read only when a word of the question could name one.
    const result =
      parseWithoutCustomers(text, parseContext) ??
      parseQuestion(text, { ...parseContext, customers: await turn.customers.get() });
    turn.parse = result;
    const action =
      result.kind === 'query'
        ? result.query.intent
        : result.kind === 'ambiguous_customer'
          ? CLARIFY.ambiguous
          : result.kind === 'unknown_customer'
            ? CLARIFY.unknown
            : CLARIFY.notUnderstood;
    return {
      type: 'plan',
      commands: [doCommand(action, result.kind === 'query' ? toParameters(result.query) : {})],
    };
  }

  async continueTask(): Promise<Plan> {
    return { type: 'plan', commands: [] };
  }
}
