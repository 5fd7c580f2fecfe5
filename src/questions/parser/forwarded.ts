/**
 * A message forwarded with its question (issue 16, fifteenth round): « TR: », « RE : », « Fwd: »
 * before it, « cf mail de Sophie : … », « cf. message de Julie : « … » — tu peux me les lister »,
 * quoted lines opening on « > », a subject line before the quoted question (« TR: planning
 * \n> qu'est-ce qu'il y a à faire aujourd'hui ? »). The question is in the quote or after it:
 *
 * - the forwarding marks at the start (« TR: RE: », « Fwd : », « Objet : ») are never a customer, nor
 *   a forwarded e-mail's separator and header lines (« -----Message d'origine----- », « De : Sophie
 *   Martin », « Envoyé : lundi 23 novembre », « À : compta »);
 * - « cf (le) mail / message / courriel / sms de X (ci-dessous) : » names the message forwarded and
 *   who sent it — never a customer, never the e-mail step (« cf mail du DG » is no J+3); without
 *   « cf » it is read so only at the start and before « : » (« mail de Sophie : … »);
 * - « > » opening a line is a quote's mark, not a comparator (« retard > 60 » stays one);
 * - after a forwarding mark, a subject line followed by the message's other lines, which ask on
 *   their own, is context when it names no customer (« graphique pour le CA », « question DAF »); a subject naming one is kept
 *   (« TR: Biocoop Part Dieu - relance \n> … \nils nous doivent combien ? »);
 * - quoted lines followed by a question of one's own (« > nous avons bien reçu votre courrier \n ils
 *   nous doivent combien ? ») are context when they name no customer; followed by an instruction (« réponds-lui stp », « note la promesse ») or a
 *   question about them (« tu confirmes ? ») they are what is asked.
 *
 * Blanked like ./politeness.ts (replaced by spaces, every other word in its place), then the runs
 * of blanks left are compacted: a long quoted thread blanked would leave hundreds of spaces, which
 * later look-behinds over spaces read slowly.
 */
import { AP, E, S, W, B } from './regex-fragments';
import { withSpacesSqueezed } from './blanks';

/** Forwarding and reply marks at the start, repeated (« TR: RE: », « Fwd : », « Réf. : »). */
const MARKS = new RegExp(`^\\s*(?:(?:tr|re|fwd?|transf|r${E}f|objet|sujet|subject)\\.?\\s*:\\s*)+`, 'iu');

/** What a forwarded message is called. */
const MESSAGE = `(?:e-?mail|mail|mel|m${E}l|message|msg|courriel|sms|texto|note|${E}change)s?`;

/** Who sent it: « de Sophie », « du DG », « de la compta », « d’Anne-Marie ». */
const FROM = `(?:\\s+(?:de|du|des)\\s+|\\s+d${AP})(?:(?:la|le|l${AP})\\s*)?[\\p{L}\\-.]+`;

/** « ci-dessous », « plus bas », « en dessous », « suivant ». */
const BELOW = `(?:\\s+(?:ci[\\s\\-]*dessous|plus\\s+bas|en[\\s\\-]*dessous|suivant|re${'[cç]'}u|joint))?`;

/** « cf (le) mail de X (ci-dessous) : », anywhere; the colon is optional after « cf ». */
const CF = new RegExp(
  `${W}cf\\.?\\s*(?:(?:le|ce|ton|son|mon|mes|les|l${AP})\\s*)?${MESSAGE}(?:${FROM}|\\s+(?!(?:ci|plus|en)${B})[\\p{L}\\-]+(?=\\s*:))?${BELOW}\\s*:?`,
  'giu',
);

/** « voir », « lis » before the message named at the start. */
const SEE = `(?:(?:cf\\.?|voir|vois|lis|regarde)\\s*)?`;

/** « mail de Sophie : », « message du DG ci-dessous : » opening the text (no « cf »). */
const FROM_AT_START = new RegExp(`^\\s*${SEE}(?:(?:le|ce|un)\\s+)?${MESSAGE}${FROM}${BELOW}\\s*:`, 'iu');

/** A forwarded e-mail's separator (« -----Message d'origine----- », « Début du message réexpédié : »). */
const SEPARATOR = new RegExp(
  `-{2,}\\s*(?:message${S}d${AP}origine|original${S}message|forwarded${S}message|message${S}transf${E}r${E})\\s*-*|` +
    `(?:d${E}but${S}du${S}message${S}r${E}exp${E}di${E}|message${S}transf${E}r${E}|begin${S}forwarded${S}message)\\s*:`,
  'giu',
);

/** A forwarded e-mail's header line (« De : Sophie Martin », « Envoyé : lundi … », « À : compta »). */
const HEADER_LINE = new RegExp(
  `(^|\\n)([ \\t]*(?:de|from|envoy${E}|sent|${'[aà]'}|to|cc|cci|bcc|date)[ \\t]*:[^\\n]*)`,
  'giu',
);

/** A quote's mark opening a line (« > … », « >> … »); « > 60 » opening a line stays a comparator. */
const QUOTE_MARK = /(^|\n)([ \t]*)(>+)(?![ \t]*[\d€$])/gu;

/**
 * A question of one's own after the quote (« ils en sont où ? », « combien au total »), not an
 * instruction (« note la promesse stp ») nor who asks (« c'est Julie qui demande »).
 */
const ASKING = new RegExp(
  `\\?|^\\s*(?:combien|quel(?:le)?s?|qui|o[uù]|quand|comment|est${'[\\s\\-]'}+ce)${B}`,
  'iu',
);

/** A question about the quote itself (« tu confirmes ? », « c'est vrai ? », « tu peux vérifier ? »). */
const ABOUT_THE_QUOTE = new RegExp(
  `^\\s*(?:(?:tu|vous)${S}(?:(?:me${S}|nous${S})?(?:confirmes?|confirmez|vois|voyez)|(?:peux|pouvez)${S}(?:v${E}rifier|checker|regarder|voir|confirmer))|c${AP}est${S}(?:vrai|juste|exact|bon|le${S}cas|ok)|(?:vrai|exact|correct)${B})`,
  'iu',
);

/** What a clause carries, told by the parser (./preamble.ts's reading, in short). */
export interface ForwardedReading {
  /** A known customer's name, or an invoice's number. */
  customer: boolean;
  /** The weight of the intent its words name (0: none; a command weighs). */
  intentWeight: number;
  /** A filter of a question: date, amount, days late, step, risk, grouping, ranking. */
  filters: boolean;
}

/** The text with the forwarding blanked out, its runs of blanks compacted. */
export function withoutForwarding(text: string, read?: (clause: string) => ForwardedReading): string {
  if (!/[:>]|cf/iu.test(text)) return text;
  let out = text.replace(SEPARATOR, (m) => ' '.repeat(m.length));
  // Header lines, when there are two of them or a separator (« Date : 31/10 » alone may be asked).
  const headers = [...out.matchAll(HEADER_LINE)];
  if (headers.length >= 2 || (headers.length === 1 && out !== text))
    out = out.replace(HEADER_LINE, (_m, line: string, header: string) => line + ' '.repeat(header.length));
  const marks = MARKS.exec(out);
  const marked = marks !== null;
  if (marks) out = blank(out, marks.index, marks.index + marks[0].length);
  const start = FROM_AT_START.exec(out);
  if (start) out = blank(out, start.index, start.index + start[0].length);
  out = out.replace(CF, (m) => ' '.repeat(m.length));
  const quoted: Array<[number, number]> = [];
  out = out.replace(QUOTE_MARK, (m: string, line: string, spaces: string, quote: string, at: number) => {
    const from = at + m.length;
    const end = out.indexOf('\n', from);
    quoted.push([from, end < 0 ? out.length : end]);
    return line + spaces + ' '.repeat(quote.length);
  });
  if (!read) return out;
  // A subject line, then a message that asks on its own: context unless it names a customer
  // (« Objet : relances du jour \n> tu peux me les montrer ? » keeps what « les » stands for).
  if (marked || quoted.length > 0) {
    // The first line that is not blank, when something follows it (found by position: a regular
    // expression looking for the line's end after each of its characters read a long line of
    // spaces once per space — 30 s for « TR: » typed a thousand times).
    const lead = out.length - out.trimStart().length;
    const end = out.indexOf('\n', lead);
    const first = end < 0 || !/\S/u.test(out.slice(end)) ? '' : out.slice(lead, end).trim();
    const subject = first && !first.includes('?') ? read(first) : null;
    if (subject && !subject.customer) {
      const at = out.indexOf(first);
      const rest = read(out.slice(at + first.length));
      // A subject saying a period or a filter the message does not say is what the message is about
      // (« Objet : retards ce mois vs mois dernier \n Demande : ça va mieux ou pas ? »).
      const aboutIt = subject.filters && !rest.filters;
      if ((rest.intentWeight > 0 || rest.filters) && !aboutIt) out = blank(out, at, at + first.length);
    }
  }
  // The quote, then a question of one's own (not an instruction: « réponds-lui stp »): the quote is context.
  const last = quoted.at(-1);
  if (last) {
    const after = out.slice(last[1]);
    if (ASKING.test(after) && !ABOUT_THE_QUOTE.test(after)) {
      // The quote read once, as a whole (a long thread is not parsed line by line).
      const quote = quoted.map(([from, to]) => out.slice(from, to)).join(' ');
      if (!read(quote).customer) for (const [from, to] of quoted) out = blank(out, from, to);
    }
  }
  return out === text ? out : withSpacesSqueezed(out);
}

function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}
