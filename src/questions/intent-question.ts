/**
 * How an intent is asked — by a language model (a tool: its description and parameters) and in
 * French (the parser's phrases). Pure data: the parser and the query contract read it, so it may
 * import nothing but the parameters' schema.
 */
import type { QuestionParametersSchema } from './parameters';

/** Phrases of one weight: the heaviest phrase found in a question decides its intent. */
export interface PhraseGroup {
  /** « balance âgée » (10) says more than « balance » (5). */
  weight: number;
  /**
   * Words in lower case without accents, separated by spaces; up to two filler words (« de »,
   * « la »…) may come between them in a question. A word compares by its stem, typos forgiven,
   * except short words and words written `=like-this`, compared exactly (where the stem would merge
   * a noun with its participle).
   */
  texts: readonly string[];
}

export interface IntentQuestion<I extends string = string> {
  /** The action's name: the intent of the structured query (snake_case, a tool name for a model). */
  intent: I;
  /** What the action answers, for a language model choosing a tool (English, with French examples). */
  description: string;
  /** What a planner may pass along (the model's tool parameters are generated from it). */
  parameters: QuestionParametersSchema;
  /** How the French parser recognises it; none when only a model or a button may ask for it. */
  phrases: readonly PhraseGroup[];
}

/** Keeps the intent's name as a literal type (the union of names is the contract's intent type). */
export function defineQuestion<const I extends string>(question: IntentQuestion<I>): IntentQuestion<I> {
  return question;
}
