/**
 * « Marquer posté » (simple letter) or « Marquer envoyée en LRAR » (with its number): the step is
 * done. The kept copy of a mise en demeure carries its LRAR number, as sent: it goes into the
 * litigation dossier.
 */
import type { Channel } from '../../domain/ladder';
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import { fr } from '../../i18n/fr';
import { claimAction, finish, markStepDone } from './claim';
import { actionTarget, loadActionFor, record, refuse } from './dependencies';
import { letterInput, safeFileName, storeDocx, type LetterDependencies } from './letter-input';

/** A registered letter number as La Poste prints it: 10 to 26 letters and digits. */
const LRAR_NUMBER = /^[0-9A-Z][0-9A-Z ]{8,24}[0-9A-Z]$/;

export function normalizeLrarNumber(raw: string): string | null {
  const lrar = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  return LRAR_NUMBER.test(lrar) ? lrar : null;
}

export async function recordPosting(
  deps: LetterDependencies,
  decider: Decider,
  ref: ActionRef,
  posting: { registered: false } | { registered: true; lrar: string | null },
): Promise<Outcome> {
  const verb = posting.registered ? 'formal_notice.post' : 'letter.post';
  const loaded = await loadActionFor(deps, decider, verb, ref);
  if ('refused' in loaded) return loaded.refused;
  const expected: Channel = posting.registered ? 'registered_letter' : 'letter';
  if (loaded.action.channel !== expected) return refuse(deps, decider, verb, ref, { code: 'wrong_channel' });
  const lrar = posting.registered ? (posting.lrar ? normalizeLrarNumber(posting.lrar) : null) : null;
  if (posting.registered && !lrar) return refuse(deps, decider, verb, ref, { code: 'lrar_required' });
  if (loaded.action.status === 'proposed')
    return refuse(deps, decider, verb, ref, { code: 'generate_first' });
  const claim = await claimAction(deps, decider, loaded.action, ['generated']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices } = claim.claimed;
  const details: Record<string, string> = {};
  if (lrar) {
    const { base } = await letterInput(deps, customer, invoices);
    const bytes = await deps.renderLetter('formal-notice', {
      ...base,
      lawFirm: deps.lawFirm,
      registeredMailNumber: lrar,
    });
    const stored = await storeDocx(
      deps,
      'formal-notice',
      `${fr.letters.noticeFile} ${lrar} — ${safeFileName(customer.legalName)}.docx`,
      bytes,
    );
    Object.assign(details, { lrar, documentId: stored.id, documentSha256: stored.sha256 });
  }
  const moved = await markStepDone(
    deps,
    action,
    invoices.map((i) => i.number),
    deps.clock.today(),
    false,
  );
  await finish(deps, action, { status: 'posted', note: null, details });
  await record(
    deps,
    decider,
    posting.registered ? 'formal_notice.posted' : 'letter.posted',
    { ...actionTarget(action), invoiceNumbers: moved },
    { step: action.step, ...details },
    'ok',
  );
  return {
    kind: 'done',
    customer: customer.legalName,
    done: lrar ? { kind: 'notice_registered', lrar } : { kind: 'letter_posted' },
  };
}
