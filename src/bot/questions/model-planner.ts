/**
 * A language model as the question planner, when one is configured (OPENAI_API_KEY, or
 * AZURE_OPENAI_*): a teams-ai `ActionPlanner` with the question actions as OpenAI tools
 * (src/questions/model-tools.ts: descriptions and JSON Schema generated from the catalogue). Its
 * plan is kept only if it calls known actions with valid parameters (any text it says is dropped: a
 * model never states a figure), else — error, timeout, nothing valid — the offline plan is used. The
 * plan ends after one step (`continueTask` returns an empty plan): answers are cards, the model is
 * not asked to comment on them.
 */
import {
  ActionPlanner,
  OpenAIModel,
  Prompt,
  PromptManager,
  TemplateSection,
  ToolsAugmentation,
  UserMessage,
  type AI,
  type Plan,
  type Planner,
  type PredictedDoCommand,
  type PromptTemplate,
  type TurnState,
} from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../config/logger';
import type { ModelSettings } from '../../config/settings';
import { isQueryIntent } from '../../questions/catalogue';
import type { LadderConfig } from '../../domain/ladder';
import { ladderInstructions, QUESTION_INSTRUCTIONS, QUESTION_TOOLS } from '../../questions/model-tools';
import { readParameters } from '../../questions/query';
import { doCommand, turnOf } from './turn';

/** Keeps a model's DO commands that name a question action with valid parameters; drops the rest. */
export function validModelPlan(plan: Plan): Plan {
  const commands = plan.commands
    .filter((c): c is PredictedDoCommand => c.type === 'DO')
    .filter((c) => isQueryIntent(c.action) && readParameters(c.action, c.parameters) !== null)
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

function questionPrompt(ladder: LadderConfig, lawFirm: string): PromptTemplate {
  return {
    name: 'questions',
    prompt: new Prompt([
      new TemplateSection(`${QUESTION_INSTRUCTIONS}\n${ladderInstructions(ladder, lawFirm)}`, 'system'),
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
export function modelPlanner(
  settings: ModelSettings,
  ladder: LadderConfig,
  lawFirm: string,
): ActionPlanner<TurnState> | null {
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
  prompts.addPrompt(questionPrompt(ladder, lawFirm));
  return new ActionPlanner<TurnState>({ model, prompts, defaultPrompt: 'questions', max_repair_attempts: 0 });
}
