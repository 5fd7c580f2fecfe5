/**
 * An e-mail (or a dossier to the firm) whose sending may have reached its recipient is
 * « à vérifier »: the controller, having checked, says it went (« Confirmer l’envoi »: completed
 * as sent, nothing sent) or sends it again (« Renvoyer »: the same message, same Message-ID).
 */
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import { claimAction } from './claim';
import { actionTarget, loadActionFor, record, refuse } from './dependencies';
import { completeSentEmail, sendReminderEmail } from './send-email';
import { recordSent, SENDING } from './sending';
import { completeTransfer, transferToLawFirm, type TransferDependencies } from './transfer-to-law-firm';

export async function confirmSent(
  deps: TransferDependencies,
  decider: Decider,
  ref: ActionRef,
): Promise<Outcome> {
  const verb = 'action.confirm_sent';
  const loaded = await loadActionFor(deps, decider, verb, ref);
  if ('refused' in loaded) return loaded.refused;
  const channel = loaded.action.channel;
  if (channel !== 'email' && channel !== 'transfer')
    return refuse(deps, decider, verb, ref, { code: 'wrong_channel' });
  const claim = await claimAction(deps, decider, loaded.action, ['uncertain']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer } = claim.claimed;
  const messageId = action.details[SENDING.messageId] ?? '';
  await recordSent(deps.stores, action, { messageId, transport: 'outbox', accepted: [] }, deps.clock.now());
  const current = (await deps.stores.actions.get(action.date, action.customerCode, action.step)) ?? action;
  if (channel === 'email') await completeSentEmail(deps, decider, current);
  else await completeTransfer(deps, decider, current);
  await record(deps, decider, verb, actionTarget(action), { step: action.step, messageId }, 'ok');
  return channel === 'email'
    ? { kind: 'done', customer: customer.legalName, done: { kind: 'email_sent', to: customer.billingEmails } }
    : {
        kind: 'done',
        customer: customer.legalName,
        done: { kind: 'transferred', lawFirm: deps.lawFirm.name },
      };
}

export async function resend(deps: TransferDependencies, decider: Decider, ref: ActionRef): Promise<Outcome> {
  const loaded = await loadActionFor(deps, decider, 'action.resend', ref);
  if ('refused' in loaded) return loaded.refused;
  return loaded.action.channel === 'transfer'
    ? transferToLawFirm(deps, decider, ref, ['uncertain'])
    : sendReminderEmail(deps, decider, ref, ['uncertain']);
}
