/**
 * « Transmettre au cabinet »: the cover letter and the dossier (with the whole journal history) are
 * e-mailed to the law firm, the invoices go into litigation, the sales rep is told.
 */
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import type { Customer } from '../../domain/ledger';
import { fr } from '../../i18n/fr';
import { failureText } from '../../i18n/reasons';
import { DOCX_CONTENT_TYPE, isMailError } from '../ports';
import { claimAction, finish, markStepDone, release } from './claim';
import { actionTarget, loadActionFor, record, refuse } from './dependencies';
import { letterInput, safeFileName, storeDocx, type LetterDependencies } from './letter-input';

export interface TransferDependencies extends LetterDependencies {
  /** Told when a customer's file went to the firm (the sales rep's notice). */
  onTransferred?: (customer: Customer, invoiceNumbers: readonly string[]) => Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export async function transferToLawFirm(
  deps: TransferDependencies,
  decider: Decider,
  ref: ActionRef,
): Promise<Outcome> {
  const verb = 'litigation.transfer';
  const loaded = await loadActionFor(deps, decider, verb, ref);
  if ('refused' in loaded) return loaded.refused;
  if (loaded.action.channel !== 'transfer')
    return refuse(deps, decider, verb, ref, { code: 'wrong_channel' });
  const claim = await claimAction(deps, decider, loaded.action, ['proposed']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices } = claim.claimed;
  try {
    const { base, journal } = await letterInput(deps, customer, invoices);
    const input = { ...base, lawFirm: deps.lawFirm, ladder: deps.ladder, journal };
    const [cover, dossier] = await Promise.all([
      deps.renderLetter('litigation-transfer', input),
      deps.renderLetter('litigation-dossier', input),
    ]);
    const name = safeFileName(customer.legalName);
    const [coverDoc, dossierDoc] = await Promise.all([
      storeDocx(deps, 'litigation-transfer', `${fr.letters.transferFile} — ${name}.docx`, cover),
      storeDocx(deps, 'litigation-dossier', `${fr.letters.dossierFile} — ${name}.docx`, dossier),
    ]);
    const body = fr.letters.transferBody(
      deps.lawFirm.contact.name,
      customer.legalName,
      deps.company.controller.name,
    );
    const sent = await deps.mailer.send({
      to: [deps.lawFirm.email],
      replyTo: deps.company.controller.email,
      subject: fr.letters.transferSubject(customer.legalName, invoices.map((i) => i.number).join(', ')),
      text: body,
      html: `<p>${escapeHtml(body).replace(/\n/g, '<br>')}</p>`,
      attachments: [
        { filename: coverDoc.fileName, content: cover, contentType: DOCX_CONTENT_TYPE },
        { filename: dossierDoc.fileName, content: dossier, contentType: DOCX_CONTENT_TYPE },
      ],
    });
    const moved = await markStepDone(deps, claim.claimed, true);
    const details = {
      messageId: sent.messageId,
      documentId: dossierDoc.id,
      coverDocumentId: coverDoc.id,
      documentSha256: dossierDoc.sha256,
    };
    await finish(deps, action, { status: 'transferred', note: null, details });
    await record(
      deps,
      decider,
      'litigation.transferred',
      { ...actionTarget(action), invoiceNumbers: moved },
      { step: action.step, lawFirm: deps.lawFirm.name, ...details },
      'ok',
    );
    await deps
      .onTransferred?.(
        customer,
        invoices.map((i) => i.number),
      )
      .catch((error: unknown) =>
        deps.logger.warn(
          { err: error, action: action.id },
          'could not tell the sales rep about the transfer',
        ),
      );
    return {
      kind: 'done',
      customer: customer.legalName,
      done: { kind: 'transferred', lawFirm: deps.lawFirm.name },
    };
  } catch (error) {
    deps.logger.error({ err: error, action: action.id }, 'transfer to the law firm failed');
    const failure = isMailError(error)
      ? ({ code: 'send_failed', reason: error.reason } as const)
      : ({ code: 'unexpected' } as const);
    await release(deps, action, { kind: 'failed', failure });
    await record(
      deps,
      decider,
      'litigation.transfer_failed',
      actionTarget(action),
      { step: action.step },
      'failed',
      failureText(failure),
    );
    return { kind: 'failed', failure };
  }
}
