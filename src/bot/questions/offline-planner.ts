/**
 * The French parser (src/questions/parser) as a teams-ai planner: always one DO command — the
 * intent's action with the query's filters, or a clarification when no figure can be given yet.
 */
import type { Plan, Planner, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { LadderConfig } from '../../domain/ladder';
import {
  parseQuestion,
  parseWithoutCustomers,
  type ParseResult,
} from '../../questions/parser/parse-question';
import { toParameters } from '../../questions/query';
import { doCommand, turnOf, type QuestionTurn } from './turn';

/** Actions the offline planner uses to answer without a figure; never offered to a model. */
export const CLARIFY = {
  ambiguous: 'relances.clarify.customer',
  unknown: 'relances.clarify.unknown_customer',
  notUnderstood: 'relances.clarify.not_understood',
} as const;

/** The French parser over this turn's customers — read only when a word could name one. */
export async function offlineParse(
  text: string,
  turn: QuestionTurn,
  ladder: LadderConfig,
  lawFirm: string,
): Promise<ParseResult> {
  const parseContext = {
    today: turn.today,
    steps: ladder.steps,
    preDueId: ladder.preDue?.id ?? null,
    lawFirm,
  };
  return (
    parseWithoutCustomers(text, parseContext) ??
    parseQuestion(text, { ...parseContext, customers: await turn.customers.get() })
  );
}

export class OfflineQuestionPlanner implements Planner<TurnState> {
  constructor(
    private readonly ladder: LadderConfig,
    private readonly lawFirm: string,
  ) {}

  async beginTask(context: TurnContext, state: TurnState): Promise<Plan> {
    const turn = turnOf(context);
    const result = await offlineParse(state.temp.input ?? '', turn, this.ladder, this.lawFirm);
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
