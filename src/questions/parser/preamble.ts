/**
 * Context said before the question (issue 16, twelfth round): « je sors de réunion avec le DG, il
 * veut le top 5 », « le banquier m’appelle cet aprem, combien on a encaissé ce mois ? », « question
 * du président tout à l’heure : qui nous doit le plus ? », « j’ai un call avec l’avocat cet aprem.
 * avant ça, quels impayés … », « c’est lundi, on fait comme d’hab : la revue de la semaine »,
 * « pour le slide du comité il me faut … ». The context is found by the sentence's structure, not
 * by its words:
 *
 * - a **clause before a boundary** — « : », « , », « . », « ; », or a verb of need that hands over
 *   to the question (« , il veut (savoir) », « et il veut », « il me faut », « j’ai besoin de ») —
 *   is context when it asks nothing: no intent's word, no customer, and no filter (date, amount,
 *   days late, step, risk, grouping, ranking) — or, when it opens on a subject and its verb (« je
 *   … », « j’ai … », « on … », « le banquier m’appelle … », « c’est lundi »), no intent's word nor
 *   customer: its date (« cet aprem », « demain matin ») is the context's, not the question's;
 * - a clause before « avant ça, », « en attendant, », « d’abord, » is context even with a word of
 *   an intent (« un call avec l’avocat »), unless it names a customer;
 * - what is blanked repeats clause after clause (« c’est lundi, on fait comme d’hab : … »), and the
 *   last clause — the question — is never blanked.
 *
 * Blanked like ./politeness.ts (spaces, every other word in its place).
 */
import { AP, E, S } from './regex-fragments';

/** What a clause carries, told by the parser (it reads the clause as it reads a question). */
export interface ClauseReading {
  /** The weight of the intent its words name (0: none; 5 or less: a weak word alone, « on fait »). */
  intentWeight: number;
  /** A known customer's name, or an invoice's number. */
  customer: boolean;
  /** A capitalised word placed like a name that names no customer (« avec le DG », « et Carrefour »). */
  name: boolean;
  /** A filter of a question: date, amount, days late, step, risk, grouping, ranking. */
  filters: boolean;
  /** A filter other than a single day (a span, a cut-off day, an amount…): never the context's. */
  beyondAMoment: boolean;
}

/** Verbs of need handing over to the question: they go with the context before them. */
const HANDOVER = new RegExp(
  `(?:(?:[,;:]\\s*|\\s+et\\s+)(?:(?:il|elle|ils|elles|on)${S}(?:me${S}|nous${S})?(?:veut|veulent|voudrait|voudraient|aimerait|demande|demandent|souhaite|souhaiterait|attend|r${E}clame|faut|a${S}besoin(?:${S}(?:de|du|des|d${AP}))?)` +
    `(?:${S}(?:savoir|conna[iî]tre|voir|avoir|recevoir))?)|\\s+(?:il${S}me${S}faut|il${S}nous${S}faut|j${AP}ai${S}besoin${S}(?:de|du|des|d${AP})))(?![\\p{L}])`,
  'giu',
);

/** A transition after which the question starts (« avant ça, », « en attendant : »). */
const TRANSITION = new RegExp(
  `[.;,!]\\s*(?:mais${S})?(?:avant${S}(?:[cç]a|cela)|en${S}attendant|d${AP}ici${S}l[aà]|d${AP}abord|tout${S}d${AP}abord)\\s*[,:]?`,
  'giu',
);

/** Boundaries between clauses. */
const BOUNDARY = /\s*[:;,.!]+(?=\s|$)|\s+-\s+/gu;

/** A clause opening on a subject and its verb (« je sors … », « le banquier m’appelle … »). */
const SUBJECT = new RegExp(
  `^\\s*(?:je|j${AP}|on|nous|moi|il|elle|ils|elles|c${AP}est(?!${S}pour)|ce${S}(?:matin|soir)|(?:une${S}|petite${S})?question|` +
    `(?:le|la|les|mon|ma|mes|notre|nos|l${AP})\\s*[\\p{L}\\p{N}+\\-]+(?:${S}[\\p{L}\\-]+){0,3}?${S}(?:m${AP}|me${S}|nous${S}|l${AP}|vient|va|a${S}|est${S}|sort|passe|appelle|demande|veut|rentre|arrive|revient|part))`,
  'iu',
);

/** A clause that says why or when before the question (« pour le conseil », « question du président »). */
const PURPOSE = new RegExp(
  `^\\s*(?:pour|pr|avant|apr${E}s|avec|comme|vu|suite${S}${'[aà]'}|en${S}vue${S}(?:de|du|d${AP})|au${S}fait|sinon|bon|ok|alors|bref|urgent|vite)(?![\\p{L}])`,
  'iu',
);

/** A word that asks (« ils ont été relancés quand, avant-hier ? »): the clause is the question. */
const ASKING = new RegExp(
  `(?<![\\p{L}])(?:quand|combien|qui|quel|quelle|quels|quelles|quoi|koi|o[uù]|comment|lesquel(?:le)?s?|est[\\s\\-]+ce)(?![\\p{L}])|\\?`,
  'iu',
);

/**
 * A purpose naming a thing (« pour le point de demain matin avec le DAF », « avant la réunion de
 * 14h »): like a subject, its moment and its people are the context's — not when it names a customer
 * by its kind (« pour le client Carrefour ») nor when it is a day or a span (« pour le lundi 30 »).
 */
const PURPOSE_THING = new RegExp(
  `^\\s*(?:pour|pr|avant|en${S}vue${S}(?:de|du|d${AP}))${S}(?:le|la|les|l${AP}|mon|ma|mes|notre|nos|un|une|du)\\s*` +
    `(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois|semaine|jour|journ${E}e|ann${E}e|an|trimestre|week|fin|d${E}but)(?![\\p{L}]))\\p{Ll}`,
  'u',
);
const CUSTOMER_KIND = new RegExp(`(?<![\\p{L}])(?:clients?|chez|soci${E}t${E}|entreprise)(?![\\p{L}])`, 'iu');

/** The question refers back to the context's day (« ce jour-là », « à cette date »): the context's filters are its own. */
const REFERS_BACK = new RegExp(
  `ce${S}jour[\\s\\-]*l${'[aà]'}|${'[aà]'}${S}cette${S}date|cette${S}date[\\s\\-]*l${'[aà]'}|ce${S}jour${S}-?l${'[aà]'}`,
  'iu',
);

/** The text with the context said before its question blanked out (same length). */
export function withoutPreamble(text: string, read: (clause: string) => ClauseReading): string {
  let out = text;
  // « … avant ça, quels impayés … »: what comes before the transition is context.
  TRANSITION.lastIndex = 0;
  const transition = TRANSITION.exec(out);
  if (transition && out.slice(transition.index + transition[0].length).trim()) {
    const before = out.slice(0, transition.index);
    if (!read(before).customer) out = blank(out, 0, transition.index + transition[0].length);
  }
  // Clause after clause, while each asks nothing.
  for (let from = 0, round = 0; round < 4; round++) {
    const cut = nextBoundary(out, from);
    if (!cut) break;
    const clause = out.slice(from, cut.start);
    if (!clause.trim()) {
      from = cut.end;
      continue;
    }
    if (!out.slice(cut.end).trim()) break;
    const reading = read(clause);
    const subject = SUBJECT.test(clause) || (PURPOSE_THING.test(clause) && !CUSTOMER_KIND.test(clause));
    // « …, il veut / elle demande … »: someone wants what follows — the clause before, opening on
    // its subject, is context whatever its words (« mon N+1 rentre de congés demain »).
    const handedOver = cut.handover && subject && !reading.customer && !ASKING.test(clause);
    const context =
      handedOver ||
      ((subject || PURPOSE.test(clause)) &&
        !ASKING.test(clause) &&
        !reading.customer &&
        // A weak word (« on fait ») after a subject, but not with a filter (« je cherche les
        // factures de plus de 5 000 €, en retard » asks them).
        (reading.intentWeight === 0 || (subject && reading.intentWeight <= 5 && !reading.filters)) &&
        ((!reading.filters && !reading.name) || (subject && !reading.beyondAMoment)) &&
        !REFERS_BACK.test(out.slice(cut.end)) &&
        // « J'ai Leclerc au téléphone, quels sont leurs impayés ? »: the question points back at the
        // name the clause said — it is the question's customer, known or not (thirty-ninth round).
        !(reading.name && POINTS_BACK.test(out.slice(cut.end))));
    if (!context) break;
    out = blank(out, from, cut.end);
    from = cut.end;
  }
  return withoutContextAfter(out, read);
}

/** A possessive or a pronoun of the third person, pointing back at someone said before. */
const POINTS_BACK = /(?<![\p{L}])(?:leurs?|ses|son|sa|eux|ils|elles?)(?![\p{L}])/iu;

/** A sentence's end followed by another sentence. */
const SENTENCE_END = /[?!.]+\s+(?=\S)/gu;

/** Someone wanting what follows, opening the message (« le président du conseil veut voir … »). */
const WANTS = new RegExp(
  `^\\s*(?:le|la|les|mon|ma|mes|notre|nos|l${AP})\\s*[\\p{L}\\p{N}+\\-]+(?:${S}[\\p{L}\\-']+){0,3}?${S}` +
    `(?:veut|veulent|voudrait|voudraient|aimerait|souhaite|souhaiterait|r${E}clame)(?:${S}(?:savoir|conna[iî]tre|voir|avoir|recevoir))?(?![\\p{L}])`,
  'iu',
);

/**
 * Context said after the question (« … le solde de la Crèche ? Je la vois jeudi. »): a last sentence
 * opening on a subject that asks nothing; and who wants the question, opening it (« le président du
 * conseil veut voir les litiges »).
 */
function withoutContextAfter(text: string, read: (clause: string) => ClauseReading): string {
  let out = text;
  const wants = WANTS.exec(out);
  if (wants && out.slice(wants[0].length).trim()) {
    const reading = read(wants[0]);
    if (!reading.customer && reading.intentWeight <= 5) out = blank(out, 0, wants[0].length);
  }
  for (let round = 0; round < 2; round++) {
    const ends = [...out.matchAll(SENTENCE_END)];
    const last = ends[ends.length - 1];
    if (!last || !out.slice(0, last.index).trim()) break;
    const tail = out.slice(last.index + last[0].length);
    if (!SUBJECT.test(tail) || ASKING.test(tail)) break;
    const reading = read(tail);
    if (reading.customer || reading.filters || reading.intentWeight > 5) break;
    out = blank(out, last.index + last[0].length, out.length);
  }
  return out;
}

/** The next boundary after `from`: a verb of need handing over, or a punctuation mark. */
function nextBoundary(text: string, from: number): { start: number; end: number; handover: boolean } | null {
  HANDOVER.lastIndex = from;
  BOUNDARY.lastIndex = from;
  const need = HANDOVER.exec(text);
  const mark = BOUNDARY.exec(text);
  if (need && (!mark || need.index <= mark.index))
    return { start: need.index, end: need.index + need[0].length, handover: true };
  return mark ? { start: mark.index, end: mark.index + mark[0].length, handover: false } : null;
}

function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}
