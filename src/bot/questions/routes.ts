/**
 * Questions in French (« quels impayés ce mois ? », « combien nous doit Biocoop ? », « DSO ? »),
 * answered with cards of figures computed by the query service from the ledger.
 *
 * teams-ai wiring. The questions are AI actions, one per intent, registered on a teams-ai `AI`
 * object this feature owns (the application is created without `ai:`, by app.ts). A message route
 * catches the messages that read as questions and runs `ai.run`: the planner returns a plan of DO
 * commands (action + parameters) and `AI` executes them through the registered actions.
 *
 * The planner (`QuestionPlanner`) is offline by default: the French parser (src/questions/parser)
 * turns the text into one DO command. When a model is configured (OPENAI_API_KEY, or AZURE_OPENAI_*), a teams-ai
 * `ActionPlanner` with the actions as OpenAI tools is asked first; its plan is kept only if it
 * calls known actions with valid parameters (any text it says is dropped: a model never states a
 * figure), else — error, timeout, nothing valid — the offline plan is used. The plan ends after
 * one step (`continueTask` returns an empty plan): answers are cards, the model is not asked to
 * comment on them.
 *
 * Buttons (« Voir la suite », a customer's choice) carry the structured query itself and re-run it
 * through Action.Execute, checked again against what the asker may see.
 */
import {
  ActionPlanner,
  AI,
  OpenAIModel,
  Prompt,
  PromptManager,
  TemplateSection,
  ToolsAugmentation,
  UserMessage,
  type AdaptiveCard,
  type Application,
  type Plan,
  type Planner,
  type PredictedDoCommand,
  type PromptTemplate,
  type TurnState,
} from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Logger } from '../../config/logger';
import type { Settings } from '../../config/settings';
import type { CalendarDate, Clock } from '../../domain/calendar-date';
import { findCustomers } from '../../domain/customer-search';
import type { LadderConfig } from '../../domain/ladder';
import type { Customer } from '../../domain/ledger';
import { fr } from '../../i18n/fr';
import {
  MAX_CHOICES,
  parseQuestion,
  parseWithoutCustomers,
  type ParseResult,
} from '../../questions/parser/parse-question';
import { isOtherCommand, isQuestion } from '../../questions/parser/routing';
import { QUESTION_INSTRUCTIONS, QUESTION_TOOLS } from '../../questions/model-tools';
import { QueryService } from '../../questions/service';
import { customersScope, EVERYONE, inScope, type Scope } from '../../questions/scope';
import {
  parseStructuredQuery,
  QUERY_INTENTS,
  readParameters,
  toParameters,
  type QueryIntent,
  type StructuredQuery,
} from '../../questions/query';
import type { Stores } from '../../store';
import { buildAnswerCard, QUESTION_VERB } from './answer-card';
import {
  buildCustomerChoiceCard,
  buildHelpCard,
  buildNotUnderstoodCard,
  buildPastCutOffCard,
} from './clarification-cards';
import type { CardJson } from '../card-templates';
import { seesEverything, type People } from '../people';
import { registerCommandHelp } from '../welcome';

export interface QuestionRouteDependencies {
  stores: Stores;
  people: People;
  clock: Clock;
  settings: Settings;
  ladder: LadderConfig;
  logger: Logger;
}

/** What one question's turn knows, shared by the planner and the actions. */
interface QuestionTurn {
  scope: Scope;
  /** The customers the asker may see (a sales rep: theirs), read once, only if a name needs them. */
  customers: Lazy<Customer[]>;
  today: CalendarDate;
  /** The offline parse, when the offline planner ran (its clarifications answer from it). */
  parse?: ParseResult;
}

const TURN = Symbol('relances.question');

/** A read done at most once, and only when first needed. */
class Lazy<T> {
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

/** Actions the offline planner uses to answer without a figure; never offered to a model. */
const CLARIFY = {
  ambiguous: 'relances.clarify.customer',
  unknown: 'relances.clarify.unknown_customer',
  notUnderstood: 'relances.clarify.not_understood',
} as const;

const asCard = (card: CardJson) => card as unknown as AdaptiveCard;
const doCommand = (action: string, parameters: Record<string, unknown>): PredictedDoCommand => ({
  type: 'DO',
  action,
  parameters,
});

function turnOf(context: TurnContext): QuestionTurn {
  const turn = context.turnState.get(TURN) as QuestionTurn | undefined;
  if (!turn) throw new Error('question action run outside a question turn');
  return turn;
}

/** The French parser as a teams-ai planner: always one DO command, a question or a clarification. */
export class OfflineQuestionPlanner implements Planner<TurnState> {
  constructor(private readonly ladder: LadderConfig) {}

  async beginTask(context: TurnContext, state: TurnState): Promise<Plan> {
    const turn = turnOf(context);
    const text = state.temp.input ?? '';
    const parseContext = {
      today: turn.today,
      steps: this.ladder.steps,
      preDueId: this.ladder.preDue?.id ?? null,
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

/** Keeps a model's DO commands that name a question action with valid parameters; drops the rest. */
export function validModelPlan(plan: Plan): Plan {
  const commands = plan.commands
    .filter((c): c is PredictedDoCommand => c.type === 'DO')
    .filter((c) => (QUERY_INTENTS as readonly string[]).includes(c.action))
    .filter((c) => readParameters(c.action as QueryIntent, c.parameters) !== null)
    .slice(0, 3)
    .map((c) => doCommand(c.action, c.parameters));
  return { type: 'plan', commands };
}

/** The model first when there is one, the offline planner whenever the model gives nothing usable. */
export class QuestionPlanner implements Planner<TurnState> {
  constructor(
    private readonly offline: Planner<TurnState>,
    private readonly model: Planner<TurnState> | null,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  async beginTask(context: TurnContext, state: TurnState, ai: AI<TurnState>): Promise<Plan> {
    if (this.model) {
      let timer: NodeJS.Timeout | undefined;
      try {
        state.setValue('temp.questionsToday', turnOf(context).today);
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('language model timed out')), this.timeoutMs);
        });
        const plan = validModelPlan(await Promise.race([this.model.beginTask(context, state, ai), timeout]));
        if (plan.commands.length > 0) {
          this.logger.info(
            { actions: plan.commands.map((c) => (c as PredictedDoCommand).action) },
            'question planned by the model',
          );
          return plan;
        }
        this.logger.info('the model chose no valid question action: offline planner');
      } catch (error) {
        this.logger.warn({ err: error }, 'language model failed: offline planner');
      } finally {
        clearTimeout(timer);
      }
    }
    return this.offline.beginTask(context, state, ai);
  }

  async continueTask(): Promise<Plan> {
    return { type: 'plan', commands: [] };
  }
}

function questionPrompt(): PromptTemplate {
  return {
    name: 'questions',
    prompt: new Prompt([
      new TemplateSection(QUESTION_INSTRUCTIONS, 'system'),
      new UserMessage('{{$temp.input}}', 1000),
    ]),
    config: {
      schema: 1.1,
      type: 'completion',
      completion: {
        completion_type: 'chat',
        frequency_penalty: 0,
        include_history: false,
        include_input: true,
        include_images: false,
        max_tokens: 400,
        max_input_tokens: 4000,
        presence_penalty: 0,
        temperature: 0,
        top_p: 0,
        tool_choice: 'auto',
      },
      augmentation: { augmentation_type: 'tools' },
    },
    actions: QUESTION_TOOLS.map((tool) => ({ ...tool })),
    augmentation: new ToolsAugmentation(),
  };
}

/** A teams-ai ActionPlanner on OpenAI or Azure OpenAI, or null when no model is configured. */
export function modelPlanner(settings: Settings): ActionPlanner<TurnState> | null {
  const clientOptions = { timeout: settings.LLM_TIMEOUT_MS, maxRetries: 0 };
  let model: OpenAIModel | null = null;
  if (settings.AZURE_OPENAI_ENDPOINT && settings.AZURE_OPENAI_API_KEY && settings.AZURE_OPENAI_DEPLOYMENT) {
    model = new OpenAIModel({
      azureEndpoint: settings.AZURE_OPENAI_ENDPOINT,
      azureApiKey: settings.AZURE_OPENAI_API_KEY,
      azureDefaultDeployment: settings.AZURE_OPENAI_DEPLOYMENT,
      azureApiVersion: settings.AZURE_OPENAI_API_VERSION,
      useSystemMessages: true,
      clientOptions,
    });
  } else if (settings.OPENAI_API_KEY) {
    model = new OpenAIModel({
      apiKey: settings.OPENAI_API_KEY,
      defaultModel: settings.OPENAI_MODEL,
      endpoint: settings.OPENAI_ENDPOINT,
      useSystemMessages: true,
      clientOptions,
    });
  }
  if (!model) return null;
  // The prompt is built in code and registered here: the folder is never read.
  const prompts = new PromptManager({ promptsFolder: __dirname });
  prompts.addPrompt(questionPrompt());
  return new ActionPlanner<TurnState>({ model, prompts, defaultPrompt: 'questions', max_repair_attempts: 0 });
}

export function registerQuestionRoutes(app: Application<TurnState>, deps: QuestionRouteDependencies): void {
  for (const command of fr.questions.commands) registerCommandHelp(command);
  const service = new QueryService(deps.stores);
  const model = modelPlanner(deps.settings);
  if (model) deps.logger.info('questions: language model configured, offline parser as fallback');
  const planner = new QuestionPlanner(
    new OfflineQuestionPlanner(deps.ladder),
    model,
    deps.settings.LLM_TIMEOUT_MS,
    deps.logger,
  );
  const ai = new AI<TurnState>({ planner });

  const send = async (context: TurnContext, answer: CardJson | string) => {
    await context.sendActivity(
      typeof answer === 'string' ? answer : MessageFactory.attachment(CardFactory.adaptiveCard(answer)),
    );
  };

  /** The figures a query gives this asker, as a card (or a sentence when there is none to give). */
  const answerOf = async (
    query: StructuredQuery,
    turn: QuestionTurn,
    page = 0,
  ): Promise<CardJson | string> => {
    if (query.intent === 'help') return buildHelpCard();
    const outcome = await service.execute(query, {
      scope: turn.scope,
      today: turn.today,
      customers: turn.customers.ifRead(),
    });
    if (outcome.kind === 'not_visible') return fr.questions.notVisible;
    if (outcome.kind === 'past_cut_off' && outcome.query.asOf)
      return buildPastCutOffCard({ ...outcome.query, asOf: outcome.query.asOf });
    if (outcome.kind === 'answer') return buildAnswerCard(outcome.answer, page);
    return fr.questions.failed;
  };

  /** A customer a model named in words is resolved here, against what the asker may see. */
  const resolveAndAnswer = async (
    query: StructuredQuery,
    customerText: string | null,
    turn: QuestionTurn,
  ): Promise<CardJson | string> => {
    if (!customerText) return answerOf(query, turn);
    const matches = findCustomers(customerText, await turn.customers.get());
    if (matches.length === 0) return fr.questions.unknownCustomer(customerText);
    if (matches.length > 1) {
      const choices = matches.slice(0, MAX_CHOICES).map((c) => ({ code: c.code, name: c.legalName }));
      return buildCustomerChoiceCard(customerText, query, choices);
    }
    return answerOf({ ...query, customerCodes: [matches[0]!.code] }, turn);
  };

  const turnFor = async (context: TurnContext): Promise<QuestionTurn | null> => {
    const viewer = await deps.people.viewerOf(context);
    if (!seesEverything(viewer) && viewer.customerCodes.length === 0) return null;
    const scope = seesEverything(viewer) ? EVERYONE : customersScope(viewer.customerCodes);
    // The store's customers, not the viewer's list: the scope alone decides what is visible.
    const customers = new Lazy(async () =>
      (await deps.stores.customers.list()).filter((c) => inScope(scope, c.code)),
    );
    return { scope, customers, today: deps.clock.today() };
  };

  for (const intent of QUERY_INTENTS) {
    ai.action<Record<string, unknown>>(intent, async (context, _state, parameters) => {
      const turn = turnOf(context);
      const read = readParameters(intent, parameters);
      if (!read) {
        await send(context, fr.questions.failed);
        return '';
      }
      await send(context, await resolveAndAnswer(read.query, read.customerText, turn));
      return '';
    });
  }

  // Clarifications: no figure, only what was understood and what to ask instead.
  ai.action(Object.values(CLARIFY), async (context) => {
    const parse = turnOf(context).parse;
    if (parse?.kind === 'ambiguous_customer') {
      await send(context, buildCustomerChoiceCard(parse.mention, parse.query, parse.candidates));
    } else if (parse?.kind === 'unknown_customer') {
      await send(context, fr.questions.unknownCustomer(parse.mention));
    } else {
      await send(context, buildNotUnderstoodCard(parse?.kind === 'not_understood' ? parse.understood : {}));
    }
    return '';
  });

  // With a model, every message no other route took is worth asking it about; without one, only
  // what reads as a question (the rest gets the general help card).
  const ours = (text: string) =>
    model ? text.trim() !== '' && !isOtherCommand(text) : isQuestion(text, deps.clock.today());
  app.message(
    async (context) => ours(context.activity.text ?? ''),
    async (context, state) => {
      const turn = await turnFor(context);
      if (!turn) return void (await context.sendActivity(fr.questions.notAllowed));
      context.turnState.set(TURN, turn);
      state.temp.input = (context.activity.text ?? '').trim();
      await ai.run(context, state);
    },
  );

  app.adaptiveCards.actionExecute<Record<string, unknown>>(QUESTION_VERB, async (context, _state, data) => {
    const turn = await turnFor(context);
    if (!turn) return fr.questions.notAllowed;
    const query = parseStructuredQuery(data.q);
    if (!query) return fr.questions.failed;
    const page = typeof data.p === 'number' && Number.isInteger(data.p) && data.p >= 0 ? data.p : 0;
    const answer = await answerOf(query, turn, page);
    return typeof answer === 'string' ? answer : asCard(answer);
  });
}
