/**
 * Every setting of Relances, parsed and validated in one place (zod), declared by concern — the
 * process, the bot, storage, documents, the dunning procedure, the company, the law firm, mail, the
 * language model, roles — and each module is given only its slice (`MailSettings`…). Values come
 * from, in order of precedence: the process environment, `env/.env.<APP_ENV>.user` (secrets,
 * gitignored), then `env/.env.<APP_ENV>` (committed defaults) — the Teams Toolkit layout. A bad
 * setting stops start-up with one line per bad variable (see `formatSettingsErrors`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { botFields, checkBot } from './bot';
import { companyFields } from './company';
import { documentFields } from './documents';
import { dunningFields } from './dunning';
import { frenchErrors } from './fields';
import { lateFeeFields } from './late-fees';
import { lawFirmFields } from './law-firm';
import { checkMail, mailFields } from './mail';
import { modelFields } from './model';
import { roleFields } from './roles';
import { runtimeFields } from './runtime';
import { checkStorage, storageFields } from './storage';

export { isValidSchedule } from './dunning';

export const settingsSchema = z
  .object({
    ...runtimeFields,
    ...botFields,
    ...storageFields,
    ...documentFields,
    ...dunningFields,
    ...lateFeeFields,
    ...companyFields,
    ...lawFirmFields,
    ...mailFields,
    ...modelFields,
    ...roleFields,
  })
  .superRefine((s, ctx) => {
    checkBot(s, ctx);
    checkStorage(s, ctx);
    checkMail(s, ctx);
    if (s.NODE_ENV === 'production' && s.TEST_CLOCK_START)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['TEST_CLOCK_START'],
        message: m.testClockInProduction,
      });
    if (s.NODE_ENV === 'production' && !s.DOCUMENT_SIGNING_KEY)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['DOCUMENT_SIGNING_KEY'],
        message: m.required.signingKey,
      });
  });

export type Settings = z.infer<typeof settingsSchema>;

type Slice<Fields> = Pick<Settings, keyof Fields & keyof Settings>;
export type RuntimeSettings = Slice<typeof runtimeFields>;
export type BotSettings = Slice<typeof botFields>;
export type StorageSettings = Slice<typeof storageFields>;
export type DunningSettings = Slice<typeof dunningFields>;
export type LateFeeSettingsSlice = Slice<typeof lateFeeFields>;
export type CompanySettings = Slice<typeof companyFields>;
export type LawFirmSettings = Slice<typeof lawFirmFields>;
export type MailSettings = Slice<typeof mailFields>;
export type ModelSettings = Slice<typeof modelFields>;
export type RoleSettings = Slice<typeof roleFields>;

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
  return errors.map((e) => m.line(e.variable, e.message)).join('\n');
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

export function botAuthenticationEnabled(settings: Pick<BotSettings, 'BOT_ID'>): boolean {
  return settings.BOT_ID !== undefined;
}
