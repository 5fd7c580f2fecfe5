/**
 * The building blocks of the settings: French error messages for zod, and the field types every
 * concern uses (optional strings, ports, booleans, lists of e-mails).
 */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';

/** zod's messages in French: a user reads them when a setting is wrong. */
export const frenchErrors: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return {
        message: issue.received === 'nan' ? m.zod.number : m.zod.type(issue.expected),
      };
    case z.ZodIssueCode.too_big:
      return { message: m.zod.max(String(issue.maximum)) };
    case z.ZodIssueCode.too_small:
      return { message: m.zod.min(String(issue.minimum)) };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: m.zod.enumValue(String(issue.received), issue.options.join(', ')) };
    case z.ZodIssueCode.invalid_string:
      return { message: m.zod.format };
    default:
      return { message: ctx.defaultError };
  }
};

export const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
export const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
export const port = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback));
export const bool = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no', 'oui', 'non'], {
        errorMap: () => ({ message: m.boolean }),
      })
      .transform((v) => ['true', '1', 'yes', 'oui'].includes(v))
      .default(fallback ? 'true' : 'false'),
  );
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const emailList = z.preprocess(
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
          message: m.emails(bad.map((b) => `« ${b} »`).join(', ')),
        });
      }
      return emails;
    }),
);

/** A setting with a default: empty means the default. */
export const withDefault = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(emptyToUndefined, schema);
