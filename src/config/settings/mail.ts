/** How e-mails leave: a local outbox folder, SMTP, or Microsoft Graph from a shared mailbox. */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { optionalString, withDefault } from './fields';

export const mailFields = {
  MAIL_TRANSPORT: withDefault(z.enum(['outbox', 'smtp', 'graph']).default('outbox')),
  MAIL_FROM: withDefault(
    z
      .string()
      .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/, m.mailFrom)
      .default('Greenova — Service comptabilité <comptabilite@greenova.example>'),
  ),
  SMTP_URL: withDefault(
    z
      .string()
      .regex(/^smtps?:\/\/[^\s/]+/, m.smtpUrl)
      .optional(),
  ),
  GRAPH_TENANT_ID: optionalString,
  GRAPH_CLIENT_ID: withDefault(z.string().uuid(m.guid('GRAPH_CLIENT_ID')).optional()),
  SECRET_GRAPH_CLIENT_SECRET: optionalString,
  GRAPH_SENDER: withDefault(z.string().email(m.email).optional()),
  GRAPH_BASE_URL: withDefault(z.string().url(m.url).default('https://graph.microsoft.com')),
  GRAPH_AUTHORITY: withDefault(z.string().url(m.url).default('https://login.microsoftonline.com')),
};

type MailValues = z.output<ReturnType<typeof z.object<typeof mailFields>>>;

export function checkMail(s: MailValues, ctx: z.RefinementCtx): void {
  if (s.MAIL_TRANSPORT === 'smtp' && !s.SMTP_URL)
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['SMTP_URL'], message: m.required.smtp });
  if (s.MAIL_TRANSPORT !== 'graph') return;
  for (const variable of [
    'GRAPH_TENANT_ID',
    'GRAPH_CLIENT_ID',
    'SECRET_GRAPH_CLIENT_SECRET',
    'GRAPH_SENDER',
  ] as const) {
    if (!s[variable])
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [variable], message: m.required.graph });
  }
}
