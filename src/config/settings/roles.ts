/** Who may do what: controllers act, directors read, reps (by their customers) answer. */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { EMAIL, emailList, withDefault } from './fields';

export const roleFields = {
  CONTROLLER_EMAILS: emailList,
  BACKUP_CONTROLLER_EMAILS: emailList,
  DIRECTOR_EMAILS: emailList,
  /** `email=aadObjectId,…`: reach reps who never installed the app through a new 1:1 chat. */
  SALES_REP_AAD_IDS: withDefault(
    z
      .string()
      .default('')
      .transform((v, ctx) => {
        const map: Record<string, string> = {};
        for (const pair of v.split(/[,;\s]+/).filter(Boolean)) {
          const [email, id] = pair.split('=');
          if (!email || !id || !EMAIL.test(email) || !/^[0-9a-f-]{36}$/i.test(id))
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: m.aadPair(pair) });
          else map[email.toLowerCase()] = id.toLowerCase();
        }
        return map;
      }),
  ),
};
