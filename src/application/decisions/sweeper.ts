/**
 * The sweeper: nothing stays « en cours » forever. An action left in progress by a process that
 * stopped (a restart, a crash, a storage outage longer than the retries) is, past a deadline:
 * - completed, when the transport had taken its message (`sentAt`): nothing is sent again;
 * - « à vérifier », when an attempt started without confirmation (`sendingAt`): the message may
 *   have reached its recipient, so a person decides;
 * - given back (« proposée », or « générée ») when nothing was attempted.
 * Each is journaled. Then « Tout envoyer »'s queue is resumed. Safe to run in several processes
 * at once: every change is made under the action's ETag, and completing is idempotent.
 */
import type { DunningAction } from '../../domain/actions';
import { addDays } from '../../domain/calendar-date';
import { fr } from '../../i18n/fr';
import { SYSTEM_ACTORS } from '../system-actors';
import { released } from './claim';
import { actionTarget } from './dependencies';
import { sendQueued } from './send-all';
import { completeSentEmail } from './send-email';
import { deciderOfAction, SENDING } from './sending';
import { completeTransfer, type TransferDependencies } from './transfer-to-law-firm';

export interface SweepDeadlines {
  /** An action claimed this long ago with nothing attempted is given back. */
  releaseAfterMs: number;
  /**
   * An attempt started this long ago without confirmation is « à vérifier ». Longer than a send
   * with all its retries can take (4 attempts, 30 s pauses, transport timeouts).
   */
  uncertainAfterMs: number;
}

export const SWEEP_DEADLINES: SweepDeadlines = { releaseAfterMs: 2 * 60_000, uncertainAfterMs: 10 * 60_000 };

/** How far back actions left in progress are looked for. */
const SWEEP_LOOKBACK_DAYS = 10;

export interface SweepReport {
  completed: number;
  uncertain: number;
  released: number;
  /** E-mails of « Tout envoyer »'s queue sent by this sweep. */
  sent: number;
}

function ageMs(iso: string | null | undefined, now: Date): number {
  const at = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(at) ? Infinity : now.getTime() - at;
}

export async function sweep(
  deps: TransferDependencies,
  deadlines: SweepDeadlines = SWEEP_DEADLINES,
  onEach: () => Promise<void> = async () => undefined,
): Promise<SweepReport> {
  const report: SweepReport = { completed: 0, uncertain: 0, released: 0, sent: 0 };
  const today = deps.clock.today();
  for (let back = SWEEP_LOOKBACK_DAYS; back >= 0; back--) {
    for (const action of await deps.stores.actions.listForDate(addDays(today, -back))) {
      if (action.status !== 'in_progress') continue;
      const settled = await settle(deps, deadlines, action).catch((error: unknown) => {
        deps.logger.error({ err: error, action: action.id }, 'the sweeper could not settle an action');
        return null;
      });
      if (settled) {
        report[settled]++;
        await onEach();
      }
    }
  }
  report.sent = await sendQueued(deps, today, onEach);
  if (report.completed + report.uncertain + report.released + report.sent > 0)
    deps.logger.info({ ...report }, 'sweeper settled actions left in progress');
  return report;
}

async function settle(
  deps: TransferDependencies,
  deadlines: SweepDeadlines,
  action: DunningAction,
): Promise<keyof Omit<SweepReport, 'sent'> | null> {
  const now = deps.clock.now();
  const { sendingAt, sentAt, messageId } = {
    sendingAt: action.details[SENDING.sendingAt],
    sentAt: action.details[SENDING.sentAt],
    messageId: action.details[SENDING.messageId] ?? null,
  };
  const journal = (verb: string, reason: string | undefined) =>
    deps.stores.journal.append({
      actor: SYSTEM_ACTORS.sweeper,
      action: verb,
      target: actionTarget(action),
      details: { step: action.step, messageId, decidedBy: action.decidedBy?.name ?? null },
      outcome: 'ok',
      reason,
    });

  if (sentAt) {
    if (ageMs(sentAt, now) < deadlines.releaseAfterMs) return null;
    // The transport took it: only the bookkeeping was left. Completed on behalf of who clicked.
    if (action.channel === 'transfer') await completeTransfer(deps, deciderOfAction(action), action);
    else await completeSentEmail(deps, deciderOfAction(action), action);
    return 'completed';
  }
  if (sendingAt) {
    if (ageMs(sendingAt, now) < deadlines.uncertainAfterMs) return null;
    const failure = { code: 'uncertain' as const, reason: fr.decisions.interruptedWhileSending };
    let marked = false;
    await deps.stores.actions.modify(action.date, action.customerCode, action.step, (a) => {
      marked = a.status === 'in_progress' && !a.details[SENDING.sentAt];
      return marked ? { ...a, status: 'uncertain', note: { kind: 'failed', failure } } : null;
    });
    if (!marked) return null;
    await journal('action.uncertain', failure.reason);
    return 'uncertain';
  }
  if (ageMs(action.decidedAt, now) < deadlines.releaseAfterMs) return null;
  const note = { kind: 'failed', failure: { code: 'interrupted' } } as const;
  let gaveBack = false;
  await deps.stores.actions.modify(action.date, action.customerCode, action.step, (a) => {
    gaveBack =
      a.status === 'in_progress' && !a.details[SENDING.sendingAt] && a.decidedAt === action.decidedAt;
    return gaveBack ? released(a, note) : null;
  });
  if (!gaveBack) return null;
  await journal('action.released', fr.decisions.interrupted);
  return 'released';
}
