/**
 * The question actions as a language model sees them (OpenAI tools): one per intent of the
 * catalogue, with its description and its parameters as JSON Schema generated from their zod schema
 * — and the instructions that go with them. Written for the model, not for users: it only ever
 * picks an action and its filters — it never writes a figure, which the query service computes and
 * the card shows.
 */
import type { LadderConfig } from '../domain/ladder';
import { INTENT_QUESTIONS, type QueryIntent } from './catalogue';
import { modelParametersSchema, type JsonSchema } from './parameters';

export interface ModelTool {
  name: QueryIntent;
  description: string;
  parameters: JsonSchema;
}

export const QUESTION_TOOLS: readonly ModelTool[] = INTENT_QUESTIONS.map((question) => ({
  name: question.intent,
  description: question.description,
  parameters: modelParametersSchema(question.parameters),
}));

/** The instructions; `{{$temp.questionsToday}}` is today's date (Europe/Paris). */
export const QUESTION_INSTRUCTIONS = [
  'You turn a French question about the accounts receivable of a French company into exactly one tool call.',
  'Today is {{$temp.questionsToday}} (Europe/Paris). Resolve every date relative to today as YYYY-MM-DD:',
  '« ce mois » is the current calendar month, « le mois dernier » the previous one, « cette semaine » Monday to Sunday,',
  '« cette année » the calendar year, « l’an dernier » / « N-1 » the previous year; a month without a year is the latest',
  'one not after today. Amounts are euros TTC. Name a customer exactly as the user wrote it, never invent one.',
  'Never answer with text and never state a figure: only call a tool. If no tool fits, call none.',
].join('\n');

const CHANNELS = {
  email: 'e-mail',
  letter: 'letter',
  registered_letter: 'registered letter',
  transfer: 'file sent to the law firm',
} as const;

/** The company's own calendar, so that a model names its steps by their ids. */
export function ladderInstructions(ladder: LadderConfig, lawFirmName: string): string {
  const steps = ladder.steps.map(
    (s) => `${s.id} (${CHANNELS[s.channel]}, « ${s.label} », due date + ${s.offsetDays} days)`,
  );
  return [
    `The company's dunning steps, in order: ${steps.join('; ')}. A step filter names one of these ids.`,
    `Its law firm is « ${lawFirmName} »: a question about it (« chez … ») is about litigation.`,
  ].join('\n');
}
