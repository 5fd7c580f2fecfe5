/**
 * The cover letter to the law firm says what actually happened before the transfer: the reminders
 * sent, and whether a mise en demeure went, with what La Poste said about it — never « malgré notre
 * mise en demeure » when there was none, nor an AR that was never signed.
 */
import type { Channel } from '../domain/ladder';
import type { NoticeEvent } from '../domain/ledger';
import { andList } from './lists';

const NBSP = '\u00a0';

const REMINDER_NOUNS: Readonly<Record<Exclude<Channel, 'transfer' | 'registered_letter'>, string>> = {
  email: 'notre courriel',
  letter: 'notre courrier',
};

export interface CoverStoryFacts {
  /** The reminders sent before the mise en demeure, with their long date, oldest first. */
  reminders: ReadonlyArray<{ channel: Channel; date: string }>;
  /** The mise en demeure, if one was posted. */
  notice: {
    postedOn: string;
    lrar: string | null;
    event: { kind: NoticeEvent['kind']; on: string } | null;
  } | null;
}

function noticeText(notice: NonNullable<CoverStoryFacts['notice']>): string {
  const sent = `notre mise en demeure du ${notice.postedOn}, adressée en lettre recommandée avec accusé de réception${notice.lrar ? ` (n°${NBSP}${notice.lrar})` : ''}`;
  const event = notice.event;
  if (!event) return `${sent}, dont l’avis de réception ne nous est pas revenu`;
  switch (event.kind) {
    case 'received':
      return `${sent}, dont l’avis de réception a été signé le ${event.on}`;
    case 'unclaimed':
      return `${sent}, présentée le ${event.on}, avisée et non réclamée`;
    case 'returned':
      return `${sent}, qui nous a été retournée le ${event.on}`;
  }
}

/**
 * « malgré notre courriel du 26 octobre 2026, notre courrier du 2 novembre 2026 et notre mise en
 * demeure du 13 novembre 2026, adressée en lettre recommandée…, dont l’avis de réception a été signé
 * le 14 novembre 2026. » — completes « … demeure impayée ». Without a mise en demeure, says so.
 */
export function coverStory(facts: CoverStoryFacts): string {
  const reminders = facts.reminders
    .filter(
      (r): r is { channel: 'email' | 'letter'; date: string } =>
        r.channel === 'email' || r.channel === 'letter',
    )
    .map((r) => `${REMINDER_NOUNS[r.channel]} du ${r.date}`);
  const parts = [...reminders, ...(facts.notice ? [noticeText(facts.notice)] : [])];
  const despite = parts.length > 0 ? ` malgré ${andList(parts)}` : '';
  const noNotice = facts.notice
    ? ''
    : ` Aucune mise en demeure ne lui a été adressée par nos soins${parts.length === 0 ? ', et aucune relance n’est enregistrée dans nos outils' : ''}.`;
  return `${despite}.${noNotice}`;
}
