/**
 * « Générer le courrier » / « Générer la mise en demeure »: the .docx is rendered from the invoices
 * as they are now, stored (blob + SHA-256), linked from the card and the journal; nothing is
 * considered sent until it is marked posted.
 */
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import { fr } from '../../i18n/fr';
import { failureText } from '../../i18n/reasons';
import { claimAction, finish, release } from './claim';
import { actionTarget, loadActionFor, record, refuse } from './dependencies';
import { letterInput, safeFileName, storeDocx, type LetterDependencies } from './letter-input';

export async function generateLetter(
  deps: LetterDependencies,
  decider: Decider,
  ref: ActionRef,
): Promise<Outcome> {
  const loaded = await loadActionFor(deps, decider, 'letter.generate', ref);
  if ('refused' in loaded) return loaded.refused;
  const channel = loaded.action.channel;
  if (channel !== 'letter' && channel !== 'registered_letter')
    return refuse(deps, decider, 'letter.generate', ref, { code: 'wrong_channel' });
  const claim = await claimAction(deps, decider, loaded.action, ['proposed', 'generated']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices } = claim.claimed;
  const notice = channel === 'registered_letter';
  try {
    const { base } = await letterInput(deps, customer, invoices);
    const bytes = notice
      ? await deps.renderLetter('formal-notice', { ...base, lawFirm: deps.lawFirm })
      : await deps.renderLetter('reminder-letter', base);
    const title = notice ? fr.letters.noticeFile : fr.letters.letterFile;
    const stored = await storeDocx(
      deps,
      notice ? 'formal-notice' : 'reminder-letter',
      `${title} — ${safeFileName(customer.legalName)} — ${base.today}.docx`,
      bytes,
    );
    await finish(deps, action, {
      status: 'generated',
      note: null,
      details: {
        documentId: stored.id,
        documentSha256: stored.sha256,
        invoices: invoices.map((i) => i.number).join(', '),
      },
    });
    await record(
      deps,
      decider,
      notice ? 'formal_notice.generated' : 'letter.generated',
      { ...actionTarget(action), invoiceNumbers: invoices.map((i) => i.number) },
      { step: action.step, documentId: stored.id, sha256: stored.sha256, fileName: stored.fileName },
      'ok',
    );
    return {
      kind: 'done',
      customer: customer.legalName,
      done: { kind: notice ? 'notice_generated' : 'letter_generated' },
    };
  } catch (error) {
    deps.logger.error({ err: error, action: action.id }, 'letter generation failed');
    const failure = { code: 'generation_failed' } as const;
    await release(deps, action, { kind: 'failed', failure });
    await record(
      deps,
      decider,
      notice ? 'formal_notice.generation_failed' : 'letter.generation_failed',
      actionTarget(action),
      { step: action.step },
      'failed',
      failureText(failure),
    );
    return { kind: 'failed', failure };
  }
}
