/** Links to the generated documents: the public address, the signing key, how long they last. */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { withDefault } from './fields';

export const documentFields = {
  PUBLIC_BASE_URL: withDefault(z.string().url(m.publicUrl).optional()),
  DOCUMENT_SIGNING_KEY: withDefault(z.string().min(32, m.atLeast(32)).optional()),
  DOCUMENT_LINK_DAYS: withDefault(z.coerce.number().int().min(1).max(90).default(7)),
};
