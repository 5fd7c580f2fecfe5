/**
 * Commands in plain words: what a chat message asks the bot to *do* or to *open* rather than to
 * compute (« téléphone de biocoop ? », « lever le litige F2026-1048 », « qu’a-t-on fait sur
 * F2026-1042 ? », « Biocoop promet de payer le 15 décembre »). The French parser returns them as a
 * `command` result (./parser/parse-question.ts) next to the questions' structured queries, so that
 * one pure function understands every message and one evaluation set measures it.
 *
 * A customer named in a command is given as typed with the codes it matches among the customers the
 * asker may see: none (unknown: said so), one, or several (the bot offers the choice). A command
 * never writes by itself from free text: the bot answers the writing ones (dispute, promise, alias)
 * with a card to confirm, and lifts a dispute only on an invoice number it found.
 */
import type { CalendarDate } from '../domain/calendar-date';
import type { Cents } from '../domain/money';

export interface CustomerRef {
  /** As typed in the message. */
  mention: string;
  /** The customers it names (visible to the asker); empty when none, several when ambiguous. */
  codes: string[];
}

export type ChatCommand =
  /** « fiche Biocoop », « client biocoop », « ouvre le dossier de la SGH ». */
  | { command: 'customer_card'; customer: CustomerRef }
  /** « téléphone de biocoop ? », « mail de la compta de l’hôtel du parc », « qui appeler chez SGH ». */
  | { command: 'customer_contact'; customer: CustomerRef }
  /** « historique F2026-1042 », « qu’a-t-on fait sur F2026-1042 ? », « historique client Biocoop ». */
  | { command: 'history'; invoice: string }
  | { command: 'history'; customer: CustomerRef }
  /** « lever le litige F2026-1048 », « F2026-1048 n’est plus contestée ». */
  | { command: 'lift_dispute'; invoice: string }
  /** « mettre F2026-1048 en litige », « le client conteste F2026-1048 » (the reason is asked on the card). */
  | { command: 'open_dispute'; invoice: string }
  /** « Biocoop promet de payer le 15 décembre », « promesse F2026-1042 au 10/12 ». */
  | {
      command: 'record_promise';
      /** The invoice when one is named; otherwise the customer's open invoices are offered. */
      invoice?: string;
      customer?: CustomerRef;
      date: CalendarDate;
      amount?: Cents;
    }
  /** « alias SGH = Société Générale d’Hygiène », « appelle Biocoop PD Biocoop Part-Dieu ». */
  | { command: 'add_alias'; customer: CustomerRef; alias: string }
  /** « relances du jour », « la carte du jour ». */
  | { command: 'day_card' }
  /** « procédure », « la procédure de relance ». */
  | { command: 'procedure' }
  /** « lettre au cabinet ». */
  | { command: 'law_firm_letter' }
  /**
   * « export Excel de la balance âgée », « export des impayés », « export du journal du mois »: an
   * .xlsx file of the asker's invoices (or of the month's journal), as a signed link (issue #18).
   */
  | { command: 'export'; what: ExportSubject }
  /** « revue de la semaine », « la revue hebdo » (the director's weekly review, #18). */
  | { command: 'weekly_review' };

/** What an export holds: the receivables by age, the overdue invoices, the month's journal. */
export type ExportSubject = 'aged_balance' | 'unpaid' | 'journal';

export type ChatCommandName = ChatCommand['command'];
