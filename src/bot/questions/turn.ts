/**
 * What one question's turn knows — whose figures the asker may see, their customers (read at most
 * once), today, the offline parse — shared by the planners and the actions through the turn state.
 */
import type { PredictedDoCommand } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { CalendarDate } from '../../domain/calendar-date';
import type { Customer } from '../../domain/ledger';
import type { ParseResult } from '../../questions/parser/parse-question';
import type { Scope } from '../../questions/scope';

/** A read done at most once, and only when first needed. */
export class Lazy<T> {
  private value: Promise<T> | null = null;
  private resolved: T | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    this.value ??= this.read().then((v) => (this.resolved = v));
    return this.value;
  }

  /** The value if it was already read. */
  ifRead(): T | undefined {
    return this.resolved;
  }
}

export interface QuestionTurn {
  scope: Scope;
  /** The customers the asker may see (a sales rep: theirs), read once, only if a name needs them. */
  customers: Lazy<Customer[]>;
  today: CalendarDate;
  /** The offline parse, when the offline planner ran (its clarifications answer from it). */
  parse?: ParseResult;
}

const TURN = Symbol('relances.question');

export function startTurn(context: TurnContext, turn: QuestionTurn): void {
  context.turnState.set(TURN, turn);
}

export function turnOf(context: TurnContext): QuestionTurn {
  const turn = context.turnState.get(TURN) as QuestionTurn | undefined;
  if (!turn) throw new Error('question action run outside a question turn');
  return turn;
}

/** A step of a plan: run this action with these parameters. */
export const doCommand = (action: string, parameters: Record<string, unknown>): PredictedDoCommand => ({
  type: 'DO',
  action,
  parameters,
});
