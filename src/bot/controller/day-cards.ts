/**
 * The digest card as a given person should see it: controllers with their buttons, directors
 * read-only, a sales rep read-only and limited to their own customers.
 */
import type { RoleSettings } from '../../config/settings';
import type { CalendarDate } from '../../domain/calendar-date';
import type { DailyDigest } from '../../application/day/digest';
import { loadDigest, type DigestSources } from '../../application/day/load-digest';
import type { KnownUser } from '../../application/ports';
import type { CardJson } from '../card-templates';
import { calendarDateAt, formatDateShortFr, type CalendarDate as Day } from '../../domain/calendar-date';
import { fr } from '../../i18n/fr';
import { customerCard, dayHeader } from '../../i18n/fr/customer';
import { nameFromEmail } from '../../i18n/person-name';
import type { TextContext } from '../../i18n/reasons';
import type { SalesNotice } from '../../domain/sales-notices';
import { buildDigestCard, type SalesNote } from './digest-card';
import { floorWarnings } from './firm-floor';
import { answerText } from '../sales/sales-card';
import { shown } from '../card-text';
import { canAct, rolesFor, seesEverything, type Viewer } from '../people';

export interface CardOptions {
  pages?: Record<string, number>;
  flash?: { ok: boolean; message: string } | null;
}

export class DayCards {
  constructor(
    private readonly sources: DigestSources,
    private readonly settings: RoleSettings,
    private readonly documentUrl: (documentId: string) => string,
    private readonly now: () => Date,
    private readonly texts: TextContext,
  ) {}

  /** The read started by this synchronous run of code (see `load`). */
  private cached: { date: CalendarDate; digest: Promise<DailyDigest> } | null = null;

  /**
   * The day's digest, read from storage each time: several instances share the storage, and a
   * decision taken on one of them must show on the next refresh on any other — a digest kept for a
   * few seconds in this process would not (#17). The expensive part, the open invoices, comes from
   * the ledger's read model, itself kept by the version row in storage. Only reads started in the
   * same synchronous run of code (one card rendered for every reader) share one read.
   */
  load(date: CalendarDate): Promise<DailyDigest> {
    if (this.cached && this.cached.date === date) return this.cached.digest;
    const digest = loadDigest(this.sources, date);
    const entry = { date, digest };
    this.cached = entry;
    queueMicrotask(() => {
      if (this.cached === entry) this.cached = null;
    });
    return digest;
  }

  invalidate(): void {
    this.cached = null;
  }

  /** Teams ids of everyone whose client should refresh the card by itself (≤ 60, Teams' limit). */
  async refreshUserIds(): Promise<string[]> {
    const privileged = new Set([
      ...this.settings.CONTROLLER_EMAILS,
      ...this.settings.BACKUP_CONTROLLER_EMAILS,
      ...this.settings.DIRECTOR_EMAILS,
    ]);
    return (await this.sources.stores.conversations.list())
      .filter((u) => u.email && privileged.has(u.email.toLowerCase()))
      .map((u) => u.userId)
      .slice(0, 60);
  }

  async render(
    digest: DailyDigest,
    viewer: Pick<Viewer, 'roles' | 'customerCodes'>,
    options: CardOptions = {},
  ): Promise<CardJson> {
    const visible = seesEverything(viewer) ? digest : onlyCustomers(digest, new Set(viewer.customerCodes));
    const today = calendarDateAt(this.now());
    return buildDigestCard(visible, {
      dayOff: this.sources.calendar.isBusinessDay(today) ? null : today,
      salesNotes: await salesNotes(this.sources.stores, new Set(visible.actions.map((a) => a.customerCode))),
      floorNotes: await floorWarnings(
        this.sources.stores.customers,
        visible.actions,
        this.texts.lawFirmMinClaim,
      ),
      ...(await journalNotes(this.sources.stores, digest.date, today)),
      ladder: this.sources.ladder,
      texts: this.texts,
      canAct: canAct(viewer),
      pages: options.pages,
      flash: options.flash ?? null,
      refreshUserIds: await this.refreshUserIds(),
      documentUrl: this.documentUrl,
    });
  }

  async renderForUser(digest: DailyDigest, user: KnownUser, options: CardOptions = {}): Promise<CardJson> {
    const customers = await this.sources.stores.customers.list();
    return this.render(digest, rolesFor(user.email, this.settings, customers), options);
  }
}

/**
 * What the journal adds to the day's card from its day to today: the latest call logged per
 * customer (« Appel passé », on its row) and how the latest « Tout envoyer » of each section ended.
 */
export async function journalNotes(
  stores: Pick<DigestSources['stores'], 'journal'>,
  from: Day,
  to: Day,
): Promise<{
  callNotes: Record<string, string>;
  sectionNotes: Record<string, { ok: boolean; message: string }>;
}> {
  const notes: Record<string, string> = {};
  const sections: Record<string, { ok: boolean; message: string }> = {};
  const entries = await stores.journal.listForDays(from, to < from ? from : to);
  for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at))) {
    if (entry.action === 'email.send_all_done' && entry.details?.date === from) {
      const list = (key: string) =>
        Array.isArray(entry.details?.[key])
          ? (entry.details[key] as unknown[]).map((v) => shown(String(v), 300))
          : [];
      const [sent, failed, skipped] = [list('sent'), list('failed'), list('skipped')];
      sections[String(entry.details.step)] = {
        ok: failed.length === 0,
        message: [
          dayHeader.sendAllDone(sent.length, failed.length, skipped.length),
          ...failed,
          ...skipped,
        ].join('\n\n'),
      };
      continue;
    }
    if (entry.action !== 'customer.called' || entry.outcome !== 'ok') continue;
    const outcome = entry.details?.outcome;
    const note = entry.details?.note;
    const text = customerCard.callOnRow(
      shown(entry.actor.name),
      formatDateShortFr(entry.date),
      timeOf(entry.at),
      typeof outcome === 'string' ? (customerCard.form.callOutcomes[outcome] ?? '') : '',
      typeof note === 'string' ? shown(note, 300) : '',
    );
    for (const code of entry.target.customerCodes ?? []) notes[code] = text;
  }
  return { callNotes: notes, sectionNotes: sections };
}

function timeOf(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
/** The rep could not be reached because they never opened Relances in Teams (this or an older wording). */
const notInstalled = (reason: string | null) =>
  reason === fr.sales.notInstalled || /install[ée] Relances/i.test(reason ?? '');

/** The latest word of each customer's sales rep, for the controller's rows. */
export async function salesNotes(
  stores: DigestSources['stores'],
  customers: ReadonlySet<string>,
): Promise<Record<string, SalesNote>> {
  const latest = new Map<string, SalesNotice>();
  for (const notice of await stores.salesNotices.listAll()) {
    if (
      !customers.has(notice.customerCode) ||
      notice.stage === 'transferred' ||
      notice.status === 'superseded'
    )
      continue;
    const current = latest.get(notice.customerCode);
    const rank = (n: SalesNotice) => `${n.answeredAt ?? ''}|${n.createdAt}`;
    if (!current || rank(notice) > rank(current)) latest.set(notice.customerCode, notice);
  }
  const notes: Record<string, SalesNote> = {};
  for (const [code, notice] of latest) {
    const rep = shown(notice.answeredBy?.name ?? nameFromEmail(notice.repEmail));
    const a = notice.answer;
    let text: string;
    if (a) text = answerText(notice, fr.sales.repWho(rep));
    else if (notice.status === 'unreachable')
      // The stored reason is for the journal and the logs (it may be technical, or an older wording):
      // the controller reads who to tell, in business words.
      text = notInstalled(notice.reason)
        ? fr.sales.controllerNotes.notInstalled(rep)
        : fr.sales.controllerNotes.unreachable(rep);
    else if (notice.status === 'delivered')
      text = fr.sales.controllerNotes.toldNoAnswer(
        rep,
        formatDateShortFr(notice.notifiedAt!.slice(0, 10) as Day),
      );
    else continue;
    notes[code] = {
      text,
      proposal:
        a?.kind === 'agreement'
          ? { kind: 'promise', date: a.expectedDate }
          : a?.kind === 'dispute'
            ? { kind: 'dispute', reason: a.reason }
            : null,
      objection: a?.kind === 'agreement' || a?.kind === 'dispute',
    };
  }
  return notes;
}

function onlyCustomers(digest: DailyDigest, codes: ReadonlySet<string>): DailyDigest {
  return {
    ...digest,
    actions: digest.actions.filter((a) => codes.has(a.customerCode)),
    promisesDue: digest.promisesDue.filter((p) => codes.has(p.customerCode)),
    openDisputes: digest.openDisputes.filter((d) => codes.has(d.customerCode)),
    ...(digest.lateFees ? { lateFees: digest.lateFees.filter((p) => codes.has(p.customerCode)) } : {}),
    // The bank's credits are the controller's: a rep's card does not show them.
    reconcile: undefined,
  };
}
