/**
 * The paper steps and the transfer to the law firm:
 * - « Générer le courrier » / « Générer la mise en demeure »: the .docx is rendered from the
 *   invoices as they are now, stored (blob + SHA-256), linked from the card and the journal;
 *   nothing is considered sent yet.
 * - « Marquer posté » / « Marquer envoyée en LRAR » (with the LRAR number): the step is done.
 * - « Transmettre à Aptos »: the cover letter and the dossier (with the whole journal history) are
 *   e-mailed to the firm, the invoices go into litigation, the sales rep is told.
 */
import type { DunningAction } from '../domain/actions';
import type { LawFirm } from '../domain/identity';
import type { Channel } from '../domain/ladder';
import type { Customer, Invoice } from '../domain/ledger';
import type { JournalEntry } from '../domain/journal';
import {
  renderFormalNotice,
  renderLitigationDossier,
  renderLitigationTransfer,
  renderReminderLetter,
} from '../documents/letters';
import type { PreviousReminder } from '../documents/letter-views';
import { fr } from '../i18n/fr';
import { isMailError } from '../application/ports';
import { DOCX_CONTENT_TYPE } from '../application/ports';
import type { BlobDocumentStore } from '../store/document-store';
import { claimAction, finish, markStepDone, release, type Claimed } from './carry-out';
import {
  actionTarget,
  loadActionFor,
  record,
  type ActionRefInput,
  type Decider,
  type Outcome,
} from './decision-context';
import type { MailDependencies } from './send-email';

/** Told when a customer's file goes to the law firm (the sales rep's notice). */
export type TransferListener = (action: DunningAction, claimed: Claimed) => Promise<void>;

export interface LetterDependencies extends MailDependencies {
  documents: BlobDocumentStore;
  lawFirm: LawFirm;
  onTransferred?: TransferListener;
}

const DONE_ACTIONS: Record<string, Channel> = {
  'email.sent': 'email',
  'letter.posted': 'letter',
  'formal_notice.posted': 'registered_letter',
};

/** Earlier reminders of these invoices, from the journal, for « notre courriel du … ». */
function previousReminders(
  journal: readonly JournalEntry[],
  invoices: readonly Invoice[],
): PreviousReminder[] {
  const numbers = new Set(invoices.map((i) => i.number));
  const byChannel = new Map<Channel, PreviousReminder>();
  for (const entry of journal) {
    const channel = DONE_ACTIONS[entry.action];
    if (
      !channel ||
      entry.outcome !== 'ok' ||
      !(entry.target.invoiceNumbers ?? []).some((n) => numbers.has(n))
    )
      continue;
    if (!byChannel.has(channel)) byChannel.set(channel, { date: entry.date, channel });
  }
  return [...byChannel.values()];
}

const safeName = (text: string) =>
  text
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What every letter of a customer needs: identity, invoices, rates, and the reminders already sent. */
async function letterInput(deps: LetterDependencies, customer: Customer, invoices: readonly Invoice[]) {
  const journal = await deps.stores.journal.listForCustomer(customer.code);
  return {
    journal,
    base: {
      company: deps.company,
      customer,
      invoices,
      // A letter is dated the day it can be posted: prepared on a day off, it bears the next business day.
      today: deps.calendar.nextBusinessDayOnOrAfter(deps.clock.today()),
      rates: deps.rates,
      previousReminders: previousReminders(journal, invoices),
    },
  };
}

async function storeDocx(deps: LetterDependencies, kind: string, fileName: string, bytes: Buffer) {
  return deps.documents.save({ kind, fileName, contentType: DOCX_CONTENT_TYPE, bytes }, deps.clock.now());
}

export async function generateLetter(
  deps: LetterDependencies,
  decider: Decider,
  input: ActionRefInput,
): Promise<Outcome> {
  const loaded = await loadActionFor(deps, decider, 'letter.generate', input);
  if ('refused' in loaded) return loaded.refused;
  const channel = loaded.action.channel;
  if (channel !== 'letter' && channel !== 'registered_letter') {
    return { ok: false, message: fr.decisions.refused(fr.decisions.wrongChannel) };
  }
  const claim = await claimAction(deps, decider, loaded.action, ['proposed', 'generated']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices } = claim.claimed;
  try {
    const { base } = await letterInput(deps, customer, invoices);
    const notice = channel === 'registered_letter';
    const bytes = notice
      ? await renderFormalNotice({ ...base, lawFirm: deps.lawFirm })
      : await renderReminderLetter(base);
    const title = notice ? fr.letters.noticeFile : fr.letters.letterFile;
    const stored = await storeDocx(
      deps,
      notice ? 'formal-notice' : 'reminder-letter',
      `${title} — ${safeName(customer.legalName)} — ${base.today}.docx`,
      bytes,
    );
    await finish(deps, action, {
      status: 'generated',
      statusReason: null,
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
      ok: true,
      message: notice
        ? fr.decisions.noticeGenerated(customer.legalName)
        : fr.decisions.letterGenerated(customer.legalName),
    };
  } catch (error) {
    deps.logger.error({ err: error, action: action.id }, 'letter generation failed');
    await release(deps, action, fr.decisions.generationFailed);
    return { ok: false, message: fr.decisions.failed(fr.decisions.generationFailed) };
  }
}

/** « Marquer posté » (simple letter) or « Marquer envoyée en LRAR » (with its number). */
export async function markPosted(
  deps: LetterDependencies,
  decider: Decider,
  input: ActionRefInput & Record<string, unknown>,
  registered: boolean,
): Promise<Outcome> {
  const verb = registered ? 'formal_notice.post' : 'letter.post';
  const loaded = await loadActionFor(deps, decider, verb, input);
  if ('refused' in loaded) return loaded.refused;
  const expected: Channel = registered ? 'registered_letter' : 'letter';
  if (loaded.action.channel !== expected)
    return { ok: false, message: fr.decisions.refused(fr.decisions.wrongChannel) };
  let lrar: string | null = null;
  if (registered) {
    const raw = input[`lrar|${loaded.action.customerCode}|${loaded.action.step}`] ?? input.lrar;
    lrar = typeof raw === 'string' ? raw.trim().toUpperCase().replace(/\s+/g, ' ') : null;
    if (!lrar || !/^[0-9A-Z][0-9A-Z ]{8,24}[0-9A-Z]$/.test(lrar)) {
      return { ok: false, message: fr.decisions.refused(fr.decisions.lrarRequired) };
    }
  }
  if (loaded.action.status === 'proposed')
    return { ok: false, message: fr.decisions.refused(fr.decisions.generateFirst) };
  const claim = await claimAction(deps, decider, loaded.action, ['generated']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices } = claim.claimed;
  const details: Record<string, string> = {};
  if (lrar) {
    // The kept copy carries the LRAR number, as sent: it goes into the litigation dossier.
    const { base } = await letterInput(deps, customer, invoices);
    const bytes = await renderFormalNotice({ ...base, lawFirm: deps.lawFirm, registeredMailNumber: lrar });
    const stored = await storeDocx(
      deps,
      'formal-notice',
      `${fr.letters.noticeFile} ${lrar} — ${safeName(customer.legalName)}.docx`,
      bytes,
    );
    Object.assign(details, { lrar, documentId: stored.id, documentSha256: stored.sha256 });
  }
  const moved = await markStepDone(deps, claim.claimed, false);
  await finish(deps, action, { status: 'posted', statusReason: null, details });
  await record(
    deps,
    decider,
    registered ? 'formal_notice.posted' : 'letter.posted',
    { ...actionTarget(action), invoiceNumbers: moved },
    { step: action.step, ...details },
    'ok',
  );
  return {
    ok: true,
    message: registered
      ? fr.decisions.registered(customer.legalName, lrar ?? '')
      : fr.decisions.posted(customer.legalName),
  };
}

export async function transferToLawFirm(
  deps: LetterDependencies,
  decider: Decider,
  input: ActionRefInput,
): Promise<Outcome> {
  const loaded = await loadActionFor(deps, decider, 'litigation.transfer', input);
  if ('refused' in loaded) return loaded.refused;
  if (loaded.action.channel !== 'transfer')
    return { ok: false, message: fr.decisions.refused(fr.decisions.wrongChannel) };
  const claim = await claimAction(deps, decider, loaded.action, ['proposed']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices } = claim.claimed;
  try {
    const { base, journal } = await letterInput(deps, customer, invoices);
    const input = { ...base, lawFirm: deps.lawFirm, ladder: deps.ladder, journal };
    const [cover, dossier] = await Promise.all([
      renderLitigationTransfer(input),
      renderLitigationDossier(input),
    ]);
    const name = safeName(customer.legalName);
    const [coverDoc, dossierDoc] = await Promise.all([
      storeDocx(deps, 'litigation-transfer', `${fr.letters.transferFile} — ${name}.docx`, cover),
      storeDocx(deps, 'litigation-dossier', `${fr.letters.dossierFile} — ${name}.docx`, dossier),
    ]);
    const sent = await deps.mailer.send({
      to: [deps.lawFirm.email],
      replyTo: deps.company.controller.email,
      subject: fr.letters.transferSubject(customer.legalName, invoices.map((i) => i.number).join(', ')),
      text: fr.letters.transferBody(
        deps.lawFirm.contact.name,
        customer.legalName,
        deps.company.controller.name,
      ),
      html: `<p>${escapeHtml(fr.letters.transferBody(deps.lawFirm.contact.name, customer.legalName, deps.company.controller.name)).replace(/\n/g, '<br>')}</p>`,
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
    await finish(deps, action, { status: 'transferred', statusReason: null, details });
    await record(
      deps,
      decider,
      'litigation.transferred',
      { ...actionTarget(action), invoiceNumbers: moved },
      { step: action.step, lawFirm: deps.lawFirm.name, ...details },
      'ok',
    );
    await deps
      .onTransferred?.(action, claim.claimed)
      .catch((error: unknown) =>
        deps.logger.warn(
          { err: error, action: action.id },
          'could not tell the sales rep about the transfer',
        ),
      );
    return { ok: true, message: fr.decisions.transferred(customer.legalName, deps.lawFirm.name) };
  } catch (error) {
    const reason = isMailError(error) ? error.reason : fr.decisions.unexpected;
    deps.logger.error({ err: error, action: action.id }, 'transfer to the law firm failed');
    await release(deps, action, fr.decisions.sendFailed(reason));
    await record(
      deps,
      decider,
      'litigation.transfer_failed',
      actionTarget(action),
      { step: action.step },
      'failed',
      reason,
    );
    return { ok: false, message: fr.decisions.failed(reason) };
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
