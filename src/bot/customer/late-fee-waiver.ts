/**
 * The customer's card and penalties on invoices paid late: a fact (billed, or waived since when, by
 * whom, why) and the switch « Ne pas facturer de pénalités de retard » / « Facturer de nouveau les
 * pénalités » (its own undo). Individuals owe none: nothing is shown for them.
 */
import type { CustomerFile } from '../../application/customer/customer-file';
import { lateFeeCustomerCard as t } from '../../i18n/late-fees';
import { shown } from '../card-text';
export const LATE_FEE_WAIVER_VERBS = {
  waive: 'customer.lateFeesWaive',
  resume: 'customer.lateFeesResume',
} as const;

export function lateFeeFacts(file: CustomerFile): Array<{ title: string; value: string }> {
  if (file.customer.type === 'B2C' || file.lateFeeWaiver === undefined) return [];
  const w = file.lateFeeWaiver;
  return [
    {
      title: t.fact,
      value: w ? t.waived(w.since, shown(w.decidedBy.name), shown(w.reason, 200)) : t.billed,
    },
  ];
}

export function lateFeeButtons(
  file: CustomerFile,
  back: Record<string, unknown>,
): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  if (file.customer.type === 'B2C' || file.lateFeeWaiver === undefined) return [];
  const data = { customer: file.customer.code, ...back };
  return file.lateFeeWaiver
    ? [{ title: t.resume, verb: LATE_FEE_WAIVER_VERBS.resume, data }]
    : [{ title: t.waive, verb: LATE_FEE_WAIVER_VERBS.waive, data }];
}
