/** « Ne pas facturer de pénalités de retard » / « Facturer de nouveau les pénalités »: journaled. */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import { readCustomerFile, type CustomerFileDependencies } from '../../application/customer/customer-file';
import { setCustomerLateFeeWaiver } from '../../application/late-fees/waive';
import type { Stores } from '../../application/ports';
import { lateFeeCustomerCard as t } from '../../i18n/late-fees';
import type { TextContext } from '../../i18n/reasons';
import type { CardJson } from '../card-templates';
import { shown } from '../card-text';
import { deciderOf } from '../controller/click-answers';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { canAct, canWriteOff, type People } from '../people';
import { buildCustomerCard } from './customer-card';
import { LATE_FEE_WAIVER_VERBS } from './late-fee-waiver';

const waiverData = z
  .object({ customer: z.string().min(1).max(64), reason: z.unknown().optional() })
  .passthrough();

export interface LateFeeWaiverRouteDependencies {
  people: People;
  file: CustomerFileDependencies & { stores: Pick<Stores, 'lateFees'> };
  texts: TextContext;
  documentUrl: (id: string) => string;
  onDecided: () => void;
  malformed: MalformedInvoke;
}

export function registerLateFeeWaiverRoutes(
  app: Application<TurnState>,
  deps: LateFeeWaiverRouteDependencies,
): void {
  onInvoke(
    app,
    [LATE_FEE_WAIVER_VERBS.waive, LATE_FEE_WAIVER_VERBS.resume],
    waiverData,
    async (context, data, verb): Promise<CardJson | string> => {
      const viewer = await deps.people.viewerOf(context);
      const reason = typeof data.reason === 'string' ? data.reason.trim().replace(/\s+/g, ' ') : '';
      const outcome = await setCustomerLateFeeWaiver(
        { stores: deps.file.stores, clock: deps.file.clock },
        deciderOf(viewer),
        { customer: data.customer, waived: verb === LATE_FEE_WAIVER_VERBS.waive, reason },
      );
      const message =
        outcome.kind === 'done' ? t.done(shown(outcome.customer), outcome.waived) : t.refused[outcome.code];
      if (outcome.kind === 'done') deps.onDecided();
      const customer = await deps.file.stores.customers.get(data.customer);
      if (!customer) return message;
      return buildCustomerCard(await readCustomerFile(deps.file, customer), {
        today: deps.file.clock.today(),
        texts: deps.texts,
        canAct: canAct(viewer),
        canWriteOff: canWriteOff(viewer),
        flash: { ok: outcome.kind === 'done', message },
        refreshUserIds: [viewer.userId],
        documentUrl: deps.documentUrl,
      });
    },
    deps.malformed,
  );
}
