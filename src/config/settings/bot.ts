/** The bot's identity in Teams (Entra app, tenant) and the local Playground. */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { optionalString, port, withDefault } from './fields';

export const botFields = {
  BOT_ID: withDefault(z.string().uuid(m.guid('BOT_ID')).optional()),
  SECRET_BOT_PASSWORD: optionalString,
  BOT_TENANT_ID: withDefault(z.string().uuid(m.tenantGuid).optional()),
  BOT_TYPE: withDefault(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant')),
  PLAYGROUND_PORT: port(56150),
};

type BotValues = z.output<ReturnType<typeof z.object<typeof botFields>>>;

export function checkBot(s: BotValues, ctx: z.RefinementCtx): void {
  if (s.BOT_ID && s.BOT_TYPE !== 'UserAssignedMSI' && !s.SECRET_BOT_PASSWORD)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['SECRET_BOT_PASSWORD'],
      message: m.required.botPassword,
    });
  if (s.BOT_ID && s.BOT_TYPE !== 'MultiTenant' && !s.BOT_TENANT_ID)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['BOT_TENANT_ID'],
      message: m.required.tenant(s.BOT_TYPE),
    });
}
