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

/** The international (UPU S10) form, « RR 123 456 785 FR »: its 9th digit is a check digit. */
const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

function s10CheckDigitOk(digits: string, check: number): boolean {
  const sum = [...digits].reduce((s, c, i) => s + Number(c) * S10_WEIGHTS[i]!, 0);
  const key = 11 - (sum % 11);
  return (key === 10 ? 0 : key === 11 ? 5 : key) === check;
}

/**
 * The number as La Poste prints it, or null when it cannot be one: 10 to 26 letters and digits;
 * a number in the international S10 form must also have the right check digit (a typo is caught).
 */
export function normalizeLrarNumber(raw: string): string | null {
  const lrar = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if (!LRAR_NUMBER.test(lrar)) return null;
  const s10 = S10.exec(lrar.replace(/ /g, ''));
  if (s10 && !s10CheckDigitOk(s10[2]!, Number(s10[3]))) return null;
  return lrar;
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
  // The mise en demeure's record: its posting date and number start its deadline (see the engine).
  const notice = lrar ? { postedOn: deps.clock.today(), lrar, event: null } : undefined;
  const moved = await markStepDone(
    deps,
    action,
    invoices.map((i) => i.number),
    deps.clock.today(),
    false,
    notice,
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
