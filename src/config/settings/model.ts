/**
 * The optional language model for the questions in French (the offline parser is the default and
 * the fallback): OpenAI (or any OpenAI-compatible server at OPENAI_ENDPOINT), or Azure OpenAI.
 */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { optionalString, withDefault } from './fields';

export const modelFields = {
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: withDefault(z.string().default('gpt-4o-mini')),
  OPENAI_ENDPOINT: withDefault(z.string().url(m.url).optional()),
  AZURE_OPENAI_ENDPOINT: withDefault(
    z
      .string()
      .url(m.url)
      .refine((v) => v.startsWith('https://'), m.httpsUrl)
      .optional(),
  ),
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_DEPLOYMENT: optionalString,
  AZURE_OPENAI_API_VERSION: withDefault(z.string().default('2024-06-01')),
  LLM_TIMEOUT_MS: withDefault(z.coerce.number().int().min(500).max(60_000).default(8000)),
};
