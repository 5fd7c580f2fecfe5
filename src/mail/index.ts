/**
 * The Mailer of the running application, chosen by `MAIL_TRANSPORT`: `outbox` (default, nothing
 * leaves the machine), `smtp` or `graph`. Transient failures are retried; every send is logged.
 */
import { resolve } from 'node:path';
import type { Logger } from '../config/logger';
import { PROJECT_ROOT } from '../config/paths';
import type { MailSettings as MailTransportSettings, RuntimeSettings } from '../config/settings';
import { createGraphMailer } from './graph-mailer';
import { createGraphTokenProvider } from './graph-token';
import { withLogging } from './logged-mailer';
import type { Mailer } from '../application/ports';
import { createOutboxMailer } from './outbox-mailer';
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry';
import { createSmtpMailer } from './smtp-mailer';

export type { Mailer, OutgoingMail, SentMail, MailAttachment } from './mailer';
export { MailError, isMailError } from './mailer';

export type MailSettings = MailTransportSettings & Pick<RuntimeSettings, 'DATA_DIR'>;

/** Settings validation guarantees these; the check keeps a misuse from failing obscurely. */
function required(value: string | undefined, variable: string): string {
  if (!value) throw new Error(`${variable} is required for MAIL_TRANSPORT`);
  return value;
}

function transportFor(settings: MailSettings): Mailer {
  switch (settings.MAIL_TRANSPORT) {
    case 'smtp':
      return createSmtpMailer({ url: required(settings.SMTP_URL, 'SMTP_URL'), from: settings.MAIL_FROM });
    case 'graph':
      return createGraphMailer({
        baseUrl: settings.GRAPH_BASE_URL,
        sender: required(settings.GRAPH_SENDER, 'GRAPH_SENDER'),
        tokens: createGraphTokenProvider({
          authority: settings.GRAPH_AUTHORITY,
          tenantId: required(settings.GRAPH_TENANT_ID, 'GRAPH_TENANT_ID'),
          clientId: required(settings.GRAPH_CLIENT_ID, 'GRAPH_CLIENT_ID'),
          clientSecret: required(settings.SECRET_GRAPH_CLIENT_SECRET, 'SECRET_GRAPH_CLIENT_SECRET'),
        }),
      });
    case 'outbox':
      return createOutboxMailer({
        dir: resolve(PROJECT_ROOT, settings.DATA_DIR, 'outbox'),
        from: settings.MAIL_FROM,
      });
  }
}

export function createMailer(
  settings: MailSettings,
  logger: Logger,
  retry: Partial<RetryOptions> = {},
): Mailer {
  const retrying = withRetry(transportFor(settings), {
    ...DEFAULT_RETRY,
    onRetry: ({ attempt, delayMs, error }) =>
      logger.info(
        { transport: settings.MAIL_TRANSPORT, attempt, delayMs, detail: error.detail },
        'e-mail send failed, retrying',
      ),
    ...retry,
  });
  return withLogging(retrying, logger);
}
