/**
 * Every setting of Relances, parsed and validated in one place (zod). Values come from, in order of
 * precedence: the process environment, `env/.env.<APP_ENV>.user` (secrets, gitignored), then
 * `env/.env.<APP_ENV>` (committed defaults) — the Teams Toolkit layout.
 * A bad setting stops start-up with one line per bad variable (see `formatSettingsErrors`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { Cron } from 'croner';

/** zod's messages in French: a user reads them when a setting is wrong. */
const frenchErrors: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return {
        message: issue.received === 'nan' ? 'nombre attendu' : `type invalide (attendu ${issue.expected})`,
      };
    case z.ZodIssueCode.too_big:
      return { message: `doit être inférieur ou égal à ${String(issue.maximum)}` };
    case z.ZodIssueCode.too_small:
      return { message: `doit être supérieur ou égal à ${String(issue.minimum)}` };
    case z.ZodIssueCode.invalid_enum_value:
      return {
        message: `valeur « ${String(issue.received)} » inconnue : attendu ${issue.options.join(', ')}`,
      };
    case z.ZodIssueCode.invalid_string:
      return { message: 'format invalide' };
    default:
      return { message: ctx.defaultError };
  }
};

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const port = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback));
const bool = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no', 'oui', 'non'], {
        errorMap: () => ({ message: 'attendu true ou false' }),
      })
      .transform((v) => ['true', '1', 'yes', 'oui'].includes(v))
      .default(fallback ? 'true' : 'false'),
  );
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const emailList = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .default('')
    .transform((v, ctx) => {
      const emails = v
        .split(/[,;\s]+/)
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean);
      const bad = emails.filter((e) => !EMAIL.test(e));
      if (bad.length > 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `adresse e-mail invalide : ${bad.map((b) => `« ${b} »`).join(', ')}`,
        });
      }
      return emails;
    }),
);

export const settingsSchema = z
  .object({
    APP_ENV: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .default('local'),
    ),
    NODE_ENV: z.preprocess(
      emptyToUndefined,
      z.enum(['development', 'production', 'test']).default('development'),
    ),
    PORT: port(3978),
    HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    LOG_FORMAT: z.preprocess(emptyToUndefined, z.enum(['pretty', 'json']).optional()),

    BOT_ID: z.preprocess(
      emptyToUndefined,
      z.string().uuid('BOT_ID doit être un GUID (Application ID Entra)').optional(),
    ),
    SECRET_BOT_PASSWORD: optionalString,
    BOT_TENANT_ID: z.preprocess(
      emptyToUndefined,
      z.string().uuid('BOT_TENANT_ID doit être un GUID').optional(),
    ),
    BOT_TYPE: z.preprocess(
      emptyToUndefined,
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    ),

    STORAGE_CONNECTION_STRING: optionalString,
    TABLE_PREFIX: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^[A-Za-z][A-Za-z0-9]{0,20}$/,
          'lettres et chiffres, commence par une lettre, 21 caractères au plus',
        )
        .default('rel'),
    ),
    BLOB_CONTAINER: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'nom de conteneur Azure invalide')
        .default('relances-documents'),
    ),
    PUBLIC_BASE_URL: z.preprocess(emptyToUndefined, z.string().url('URL attendue (https://…)').optional()),
    DOCUMENT_SIGNING_KEY: z.preprocess(
      emptyToUndefined,
      z.string().min(32, 'au moins 32 caractères').optional(),
    ),
    DOCUMENT_LINK_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(90).default(7)),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),
    AZURITE_BLOB_PORT: port(10000),
    AZURITE_TABLE_PORT: port(10002),

    PLAYGROUND_PORT: port(56150),
    DEMO_DATA: bool(true),

    JOB_KEY: z.preprocess(emptyToUndefined, z.string().min(16, 'au moins 16 caractères').optional()),
    JOB_SCHEDULE: z.preprocess(
      emptyToUndefined,
      z.string().default('0 8 * * 1-5').refine(isValidSchedule, 'expression cron invalide (ou « off »)'),
    ),
    LADDER_FILE: optionalString,
    PENALTY_RATES_FILE: optionalString,

    COMPANY_NAME: z.preprocess(emptyToUndefined, z.string().default('Greenova')),
    COMPANY_LEGAL_FORM: z.preprocess(emptyToUndefined, z.string().optional()),
    COMPANY_ADDRESS: z.preprocess(
      emptyToUndefined,
      z.string().default('Parc d’activités des Tanneries|12 rue des Artisans'),
    ),
    COMPANY_POSTAL_CODE: z.preprocess(emptyToUndefined, z.string().default('69100')),
    COMPANY_CITY: z.preprocess(emptyToUndefined, z.string().default('Villeurbanne')),
    COMPANY_SIREN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{9}$/, '9 chiffres attendus')
        .default('814526737'),
    ),
    COMPANY_VAT_NUMBER: z.preprocess(emptyToUndefined, z.string().optional()),
    COMPANY_IBAN: z.preprocess(emptyToUndefined, z.string().default('FR76 3000 4000 0312 3456 7890 143')),
    COMPANY_BIC: z.preprocess(emptyToUndefined, z.string().default('BNPAFRPPXXX')),
    COMPANY_PHONE: z.preprocess(emptyToUndefined, z.string().optional()),
    COMPANY_EMAIL: z.preprocess(
      emptyToUndefined,
      z.string().email('adresse e-mail invalide').default('comptabilite@greenova.example'),
    ),
    COMPANY_WEBSITE: z.preprocess(emptyToUndefined, z.string().optional()),
    COMPANY_LOGO_FILE: z.preprocess(emptyToUndefined, z.string().optional()),
    CONTROLLER_NAME: z.preprocess(emptyToUndefined, z.string().default('Camille Roux')),
    CONTROLLER_TITLE: z.preprocess(emptyToUndefined, z.string().default('Responsable du crédit client')),
    CONTROLLER_EMAIL: z.preprocess(
      emptyToUndefined,
      z.string().email('adresse e-mail invalide').default('camille.roux@greenova.example'),
    ),
    CONTROLLER_PHONE: z.preprocess(emptyToUndefined, z.string().optional()),
    BACKUP_CONTROLLER_NAME: z.preprocess(emptyToUndefined, z.string().optional()),
    BACKUP_CONTROLLER_TITLE: z.preprocess(emptyToUndefined, z.string().default('Assistante comptable')),
    BACKUP_CONTROLLER_EMAIL: z.preprocess(
      emptyToUndefined,
      z.string().email('adresse e-mail invalide').optional(),
    ),
    LAW_FIRM_NAME: z.preprocess(emptyToUndefined, z.string().default('Cabinet Aptos Avocats')),
    LAW_FIRM_ADDRESS: z.preprocess(emptyToUndefined, z.string().default('45 cours Lafayette')),
    LAW_FIRM_POSTAL_CODE: z.preprocess(emptyToUndefined, z.string().default('69003')),
    LAW_FIRM_CITY: z.preprocess(emptyToUndefined, z.string().default('Lyon')),
    LAW_FIRM_EMAIL: z.preprocess(
      emptyToUndefined,
      z.string().email('adresse e-mail invalide').default('recouvrement@aptos-avocats.example'),
    ),
    LAW_FIRM_CONTACT_NAME: z.preprocess(emptyToUndefined, z.string().default('Maître Anne Lambert')),
    LAW_FIRM_CONTACT_TITLE: z.preprocess(emptyToUndefined, z.string().default('Avocate associée')),
    LAW_FIRM_CONTACT_PHONE: z.preprocess(emptyToUndefined, z.string().optional()),
    LAW_FIRM_MANDATE_START: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), 'date aaaa-mm-jj attendue')
        .default('2026-12-01'),
    ),

    MAIL_TRANSPORT: z.preprocess(emptyToUndefined, z.enum(['outbox', 'smtp', 'graph']).default('outbox')),
    MAIL_FROM: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/,
          'attendu « Nom <adresse@domaine> » ou une adresse e-mail',
        )
        .default('Greenova — Service comptabilité <comptabilite@greenova.example>'),
    ),
    SMTP_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^smtps?:\/\/[^\s/]+/, 'attendu smtp://utilisateur:motdepasse@hôte:port ou smtps://…')
        .optional(),
    ),
    GRAPH_TENANT_ID: optionalString,
    GRAPH_CLIENT_ID: z.preprocess(
      emptyToUndefined,
      z.string().uuid('GRAPH_CLIENT_ID doit être un GUID (Application ID Entra)').optional(),
    ),
    SECRET_GRAPH_CLIENT_SECRET: optionalString,
    GRAPH_SENDER: z.preprocess(emptyToUndefined, z.string().email('adresse e-mail invalide').optional()),
    GRAPH_BASE_URL: z.preprocess(
      emptyToUndefined,
      z.string().url('URL invalide').default('https://graph.microsoft.com'),
    ),
    GRAPH_AUTHORITY: z.preprocess(
      emptyToUndefined,
      z.string().url('URL invalide').default('https://login.microsoftonline.com'),
    ),

    SALES_NOTICE_BUSINESS_DAYS: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(0).max(20).default(3),
    ),
    SALES_REP_AAD_IDS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default('')
        .transform((v, ctx) => {
          const map: Record<string, string> = {};
          for (const pair of v.split(/[,;\s]+/).filter(Boolean)) {
            const [email, id] = pair.split('=');
            if (!email || !id || !EMAIL.test(email) || !/^[0-9a-f-]{36}$/i.test(id)) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                message: `attendu e-mail=identifiant AAD, reçu « ${pair} »`,
              });
            } else map[email.toLowerCase()] = id.toLowerCase();
          }
          return map;
        }),
    ),
    // Optional language model for the questions in French (the offline parser is the default and
    // the fallback): OpenAI (or any OpenAI-compatible server at OPENAI_ENDPOINT), or Azure OpenAI.
    OPENAI_API_KEY: optionalString,
    OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().default('gpt-4o-mini')),
    OPENAI_ENDPOINT: z.preprocess(emptyToUndefined, z.string().url('URL invalide').optional()),
    AZURE_OPENAI_ENDPOINT: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .url('URL invalide')
        .refine((v) => v.startsWith('https://'), 'URL https:// attendue')
        .optional(),
    ),
    AZURE_OPENAI_API_KEY: optionalString,
    AZURE_OPENAI_DEPLOYMENT: optionalString,
    AZURE_OPENAI_API_VERSION: z.preprocess(emptyToUndefined, z.string().default('2024-06-01')),
    LLM_TIMEOUT_MS: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(500).max(60_000).default(8000),
    ),

    CONTROLLER_EMAILS: emailList,
    BACKUP_CONTROLLER_EMAILS: emailList,
    DIRECTOR_EMAILS: emailList,
  })
  .superRefine((s, ctx) => {
    if (s.MAIL_TRANSPORT === 'smtp' && !s.SMTP_URL) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['SMTP_URL'],
        message: 'obligatoire quand MAIL_TRANSPORT=smtp (smtp://utilisateur:motdepasse@hôte:port)',
      });
    }
    if (s.MAIL_TRANSPORT === 'graph') {
      for (const variable of [
        'GRAPH_TENANT_ID',
        'GRAPH_CLIENT_ID',
        'SECRET_GRAPH_CLIENT_SECRET',
        'GRAPH_SENDER',
      ] as const) {
        if (!s[variable]) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [variable],
            message: 'obligatoire quand MAIL_TRANSPORT=graph',
          });
        }
      }
    }
    if (s.NODE_ENV === 'production' && !s.DOCUMENT_SIGNING_KEY) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['DOCUMENT_SIGNING_KEY'],
        message:
          'obligatoire en production (clé des liens signés vers les documents, 32 caractères au moins)',
      });
    }
    if (s.BOT_ID && s.BOT_TYPE !== 'UserAssignedMSI' && !s.SECRET_BOT_PASSWORD) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['SECRET_BOT_PASSWORD'],
        message: 'obligatoire quand BOT_ID est défini (secret du bot, dans env/.env.<env>.user)',
      });
    }
    if (s.BOT_ID && s.BOT_TYPE !== 'MultiTenant' && !s.BOT_TENANT_ID) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['BOT_TENANT_ID'],
        message: `obligatoire quand BOT_ID est défini et BOT_TYPE=${s.BOT_TYPE}`,
      });
    }
    if (
      s.STORAGE_CONNECTION_STRING &&
      !/AccountName=|UseDevelopmentStorage=true|TableEndpoint=/i.test(s.STORAGE_CONNECTION_STRING)
    ) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['STORAGE_CONNECTION_STRING'],
        message:
          'chaîne de connexion Azure Storage invalide (attendu « DefaultEndpointsProtocol=…;AccountName=…;AccountKey=… »)',
      });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;

/** A cron expression croner accepts, or « off ». */
export function isValidSchedule(expression: string): boolean {
  if (expression.trim().toLowerCase() === 'off') return true;
  try {
    new Cron(expression, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

export interface SettingsError {
  variable: string;
  message: string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

/** Validates a plain environment (no file read): the single entry point for tests and start-up. */
export function parseSettings(env: Record<string, string | undefined>): SettingsResult {
  const result = settingsSchema.safeParse(env, { errorMap: frenchErrors });
  if (result.success) return { ok: true, settings: result.data };
  const errors = result.error.issues.map((issue) => ({
    variable: issue.path.length > 0 ? String(issue.path[0]) : '(configuration)',
    message: issue.message,
  }));
  return { ok: false, errors };
}

export function formatSettingsErrors(errors: SettingsError[]): string {
  return errors.map((e) => `Configuration invalide : ${e.variable} — ${e.message}`).join('\n');
}

/** Reads `env/.env.<APP_ENV>` then `env/.env.<APP_ENV>.user`; the process environment wins. */
export function readEnvironment(
  processEnv: Record<string, string | undefined> = process.env,
  rootDir: string = process.cwd(),
): Record<string, string | undefined> {
  const appEnv = processEnv.APP_ENV?.trim() || 'local';
  const merged: Record<string, string | undefined> = {};
  for (const file of [`env/.env.${appEnv}`, `env/.env.${appEnv}.user`]) {
    const path = resolve(rootDir, file);
    if (existsSync(path)) Object.assign(merged, parseEnv(readFileSync(path, 'utf8')));
  }
  for (const [key, value] of Object.entries(processEnv)) if (value !== undefined) merged[key] = value;
  return merged;
}

/** Loads and validates, or prints one line per bad variable and exits with code 1. */
export function loadSettingsOrExit(processEnv: Record<string, string | undefined> = process.env): Settings {
  const result = parseSettings(readEnvironment(processEnv));
  if (!result.ok) {
    process.stderr.write(formatSettingsErrors(result.errors) + '\n');
    process.exit(1);
  }
  return result.settings;
}

export function botAuthenticationEnabled(settings: Settings): boolean {
  return settings.BOT_ID !== undefined;
}
