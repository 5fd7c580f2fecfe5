/**
 * What a phone's autocorrect, a keyword search and a sales rep's slang make of the parser's words
 * (issue 16, tenth round), rewritten before anything reads the question:
 * - autocorrect: « DOS » for DSO, « de main » for demain, « le plu » for le plus, « en
 *   caissement(s) » for encaissement(s), « l’en-cours » for l’encours, « mise en demeurer », « émisses »
 *   for émises (« imper » is spelt by ear: ./phonetic.ts);
 * - keywords: « top5 » (a ranking's size glued to its word), « 60j » (a number glued to its unit),
 *   « 30-60j » (a range of days late), « cli » (clients), « cliant », « risk », the MED and the LR in
 *   lower case where the MED cannot be a doctor (« les med envoyées », « stade med », « lr partie hier »);
 *   « sem pro », « mois der » (a period typed short);
 * - slang: « raquer », « casquer » and, with money or « combien » around, « allonger », « cracher »,
 *   « lâcher » are paying, « dehors » what is owed; « jdois », « jpeux » are « je dois », « je peux »;
 * - negations: « pas encore payées », « non recouvrées », « non encaissées » are unpaid, « pas encore
 *   échues » not due; unpaid invoices « pas au contentieux » drop the firm's words (no such filter).
 * Each rule looks at the words around, so that an ordinary word keeps its meaning (« mal au dos »,
 * « un coup de main », « le med »).
 */
import { closesACapitalisedName } from './name-words';
import { wordToken } from './rewrite';
import type { Token } from './tokens';

/** Words before « dos » that make it a back, not the DSO (« mal au dos », « le dos de la facture »). */
const BACK_BEFORE = new Set([
  'au',
  'mal',
  'du',
  'son',
  'mon',
  'ton',
  'ses',
  'mes',
  'leur',
  'sur',
  'dans',
  'de',
]);
/** Words before « main » that make it a hand (« coup de main », « frein à main »). */
const HAND_BEFORE = new Set(['coup', 'coups', 'frein', 'tour', 'sac', 'bagage', 'poignee', 'homme', 'main']);
/** What may follow « de main » typed for « demain »: the question's end or a word that cannot be a hand's. */
const AFTER_TOMORROW = new Set([
  '?',
  'matin',
  'soir',
  'midi',
  'aprem',
  'on',
  'je',
  'j',
  'il',
  'qui',
  'quoi',
  'koi',
  'svp',
  'stp',
  'merci',
  'et',
  'ou',
  'pour',
  // « les LRAR qui partent de main, c'est pour qui ? » (thirty-eighth round).
  'c',
  'ca',
  'cela',
  ',',
]);
/**
 * « les med », « nb med », « stade med »: the plural, a count or a stage of the ladder cannot be « le
 * med » (a doctor); the same for « lr » (a registered letter) typed in lower case.
 */
const MED_PLURAL_BEFORE = new Set([
  'les',
  'des',
  'mes',
  'nos',
  'aux',
  'nb',
  'nombre',
  'de',
  'd',
  'en',
  'stade',
  'etape',
  'niveau',
]);
const SENT_AFTER = /^(?:envoye|expedie|adresse|parti|prevu|fait|programme|planifie|recu)e?s?$/;
/** Money words and « combien »: a verb of slang around them is paying (« il a craché combien ? »). */
const MONEY = new Set([
  'combien',
  'fric',
  'thune',
  'thunes',
  'pognon',
  'oseille',
  'ble',
  'flouze',
  'sous',
  'ronds',
  'balles',
  '€',
  'euros',
]);
const SLANG_ALWAYS = /^(?:raqu|casqu)(?:e|es|ee|ees|er|ent|era|eront|ait|aient)$/;
const SLANG_WITH_MONEY = /^(?:allong|crach|lach)(?:e|es|ee|ees|er|ent|era|eront|ait|aient)$/;
/** Participles of paying or collecting after a negation: « pas encore payées » is unpaid. */
const PAID = /^(?:paye|regle|solde|recouvre|encaisse)e?s?$/;
// Not « tout »: « n'a pas tout payé » says something is left, the customer's balance.
const NEGATION_FILLER = new Set(['encore', 'toujours', 'vraiment', 'totalement', 'entierement']);

/** « a », « ont », « avons »: a participle after them and « pas » is a verb in the past. */
const AVOIR = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont']);

/**
 * What may follow « dos » opening a question for it to be the DSO: nothing, a sign, a number, a date
 * or a word of asking — never a name (« Dos Santos ») nor « de » (« dos de la facture »).
 */
const AFTER_DOS =
  /^(?:a|au|fin|ce|cette|cet|du|en|sur|depuis|par|vs|il|on|est|c|actuel|aujourd|hier|mois|trimestre|annee|moyen|global|total|evolution|evol|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|svp|stp|merci)$/;

function afterDos(next: Token | undefined): boolean {
  return next === undefined || next.kind !== 'word' || AFTER_DOS.test(next.norm);
}

const NEGATION = /^(?:pas|sauf|hors|excepte)$/;
const UNPAID_NOUN = /^(?:impaye|facture|creance|retard|echue)e?s?$/;
const BEFORE_FIRM = new Set([
  'encore',
  'au',
  'en',
  'le',
  'la',
  'l',
  'les',
  'chez',
  'a',
  'du',
  'de',
  'd',
  'stade',
  'ceux',
  'celles',
]);
const FIRM_WORD = /^(?:contentieux|avocats?|cabinet|huissiers?|judiciaire)$/;
/** « hors litiges », « sans les factures contestées »: disputed invoices left out. */
const LEAVING_OUT = /^(?:sauf|hors|excepte|sans|hormis)$/;
const BEFORE_DISPUTE = new Set(['les', 'des', 'en', 'celles', 'ceux', 'factures', 'facture', 'dossiers']);
const DISPUTE_WORD = /^(?:litiges?|contestees?|contestations?|litigieuses?|disputes?)$/;
/** What disputed invoices are left out of: the unpaid invoices, the day's reminders. */
const LEFT_OUT_OF = /^(?:impaye|facture|creance|retard|echue|relance|action)e?s?$/;

function slangPaid(norm: string): string {
  if (norm.endsWith('er')) return 'payer';
  if (norm.endsWith('ent')) return 'paient';
  if (/ees$/.test(norm)) return 'payees';
  if (/ee$/.test(norm)) return 'payee';
  if (/es$/.test(norm)) return 'payes';
  return 'paye';
}

/** Whether a word typed in capitals stands in a sentence that is not all in capitals (shouted). */
function shouted(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /\p{L}{2}/u.test(t.raw));
  return words.length >= 3 && words.every((t) => t.raw === t.raw.toUpperCase());
}

/** Whether the words rewritten so far end with « top N » or « top N des » (a ranking's size). */
function afterTopSize(out: readonly Token[]): boolean {
  const k = out.length - 1;
  const at = /^(?:des|de|d)$/.test(out[k]?.norm ?? '') ? k - 1 : k;
  return out[at]?.kind === 'number' && out[at - 1]?.norm === 'top';
}

/**
 * The domain's words that no two French words make when joined, cut in two by a phone's autocorrect
 * (« échéance ier », « im payés », « relance es »); « de main », « en caisse », « en cours » are read above with the
 * words around them, as they are French words too.
 */
const SPLIT_WORDS = new Set(
  `echeancier echeanciers impaye impayes impayee impayees relance relances relancer relancee relancees
  contentieux recouvrement recouvrements retardataire retardataires prevenance prevenances litigieuse
  litigieuses`.split(/\s+/),
);

/** A word's letters without accents, in lower case: how the pieces are compared. */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * « qui a un échéance ier ? », « les im payés », « re lances », « conten tieux » (issue 16,
 * twenty-third round): a domain word the autocorrect cut in two, its pieces one space apart, joined
 * again — before a piece is read as a word typed in haste (« ier » is no « hier » here). The first
 * piece may be a whole word the autocorrect completed (« échéance » + « ier »). A word of a
 * customer's name is never joined.
 */
export function withSplitWordsJoined(text: string, isNameWord: (norm: string) => boolean): string {
  if (!/\p{L} \p{L}/u.test(text)) return text;
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i]!, words[i + 1]!];
    if (second.start - first.end !== 1 || text[first.end] !== ' ') continue;
    if (/[\p{N}'’-]/u.test(text[first.start - 1] ?? '') || /[\p{N}'’-]/u.test(text[second.end] ?? ''))
      continue;
    const [a, b] = [plain(first.raw), plain(second.raw)];
    if (SPLIT_WORDS.has(a) || SPLIT_WORDS.has(b) || isNameWord(a) || isNameWord(b)) continue;
    const head = SPLIT_WORDS.has(a + b)
      ? first.raw
      : a.endsWith('e') && SPLIT_WORDS.has(a.slice(0, -1) + b)
        ? first.raw.slice(0, -1)
        : null;
    if (head === null) continue;
    out += text.slice(from, first.start) + head + second.raw;
    from = second.end;
    i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function rewriteAutocorrect(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const norms = tokens.map((t) => t.norm);
  const moneySaid = norms.some((n) => MONEY.has(n));
  const push = (words: string, first: Token, last: Token = first) => {
    for (const w of words.split(' ')) out.push(wordToken(w, first.start, last.end));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const n = t.norm;
    const before = norms[i - 1] ?? '';
    const after = norms[i + 1];
    // « DOS ? », « DOS a fin octobre », « dos ce mois »: the DSO; « mal au dos » stays a back.
    // In capitals it is the autocorrect's (« DOS de la SGH »); in lower case only opening the question
    // and not « dos de … » (« dos de la facture »).
    if (n === 'dos' && !BACK_BEFORE.has(before)) {
      const capitals = t.raw === 'DOS' && !shouted(tokens);
      if (capitals || (i === 0 && afterDos(tokens[i + 1]))) {
        push('dso', t);
        continue;
      }
    }
    // « quoi faire de main ? », « relances de main matin »: demain; « un coup de main » stays a hand.
    // A capital « Main » inside the sentence is a name's (« Atelier de Main »).
    const capitalMain = /^\p{Lu}/u.test(tokens[i + 1]?.raw ?? '') && !shouted(tokens);
    if (n === 'de' && after === 'main' && !HAND_BEFORE.has(before) && !capitalMain) {
      const next = norms[i + 2];
      if (next === undefined || AFTER_TOMORROW.has(next)) {
        push('demain', t, tokens[i + 1]);
        i++;
        continue;
      }
    }
    // « qui nous doit le plu ? »: le plus.
    if (n === 'plu' && /^(?:le|la|les|l)$/.test(before)) {
      push('plus', t);
      continue;
    }
    // « en caissements par mois », « en caissé ce mois »: one word split in two.
    if (n === 'en' && after !== undefined && /^caiss(?:ement|ements|e|es|ee|ees|er)$/.test(after)) {
      push(`en${after}`, t, tokens[i + 1]);
      i++;
      continue;
    }
    // « l’en-cours », « l en cours », « les en cours »: the outstanding (« en cours » after an article).
    if (
      n === 'en' &&
      norms[i + 1] === 'cours' &&
      /^(?:l|les|cet|notre|votre|leur|nos|vos|leurs)$/.test(before)
    ) {
      push('encours', t, tokens[i + 1]);
      i++;
      continue;
    }
    // « mise en demeurer »: the autocorrect's infinitive for the noun.
    if (n === 'demeurer' && before === 'en') {
      push('demeure', t);
      continue;
    }
    // « émisses », « émisent », « émmises »: the autocorrect's (or the ear's) « émises ».
    if (/^em{1,2}is{1,2}(?:e|es|ent|ee|ees)$/.test(n) && n !== 'emise' && n !== 'emises') {
      push('emises', t);
      continue;
    }
    // « impayés 60j+ », « 90 jours + »: at least that many days (« et plus »).
    if (
      n === '+' &&
      /^(?:j|jr|jrs|jours?)$/.test(out[out.length - 1]?.norm ?? '') &&
      out[out.length - 2]?.kind === 'number' &&
      tokens[i + 1]?.kind !== 'number'
    ) {
      push('et plus', t);
      continue;
    }
    // « jdois envoyer koi », « jpeux voir »: « je » glued to its verb, as an SMS types it.
    const gluedJe = /^j(dois|doit|peux|peu|veux|veu|fais|envoie|relance)$/.exec(n);
    if (gluedJe) {
      push(`je ${gluedJe[1]}`, t);
      continue;
    }
    // « ya combien de thune dehors ? »: the money out there, with money or « combien » said, is what is owed.
    if (n === 'dehors' && moneySaid) {
      push('encours', t);
      continue;
    }
    // « relances sem prochaine », « promesses semaine pro », « journal sem der »: a period typed short.
    if (n === 'sem' && /^(?:prochaine|pro|derniere|der|dern|passee|suivante)$/.test(after ?? '')) {
      push('semaine', t);
      continue;
    }
    const unitBefore = /^(?:sem|semaine|mois|an|annee|trimestre)$/.exec(before);
    if (unitBefore && (n === 'pro' || n === 'proch' || n === 'der' || n === 'dern')) {
      const feminine = /^(?:sem|semaine|annee)$/.test(before);
      const word = n.startsWith('p') ? 'prochain' : 'dernier';
      push(feminine ? `${word === 'prochain' ? 'prochaine' : 'derniere'}` : word, t);
      continue;
    }
    // « top5 retard », « top10 »: the ranking's word and its size.
    const top = /^top(\d{1,3})$/.exec(n);
    if (top) {
      push(`top ${top[1]}`, t);
      continue;
    }
    // « 30-60j », « de 30 à 60 jours »: a range of days late, as « entre 30 et 60 jours »; so is
    // « 30 à 60 j de retard » said without its « de » (a terse report: it gave « 60 j » alone, at
    // least 60) and « entre 30 à 60 jours » (« à » for « et »).
    const glued = /^(\d{1,3})(?:j|jr|jrs|jours?)$/.exec(n);
    const unitAfter = (k: number) =>
      /^(?:\d{1,3})(?:j|jr|jrs|jours?)$/.test(norms[k] ?? '') ||
      (tokens[k]?.kind === 'number' && /^(?:j|jr|jrs|jours?)$/.test(norms[k + 1] ?? ''));
    if (t.kind === 'number' && /^\d{1,3}$/.test(n)) {
      const next = tokens[i + 1];
      const dash = next !== undefined && next.start - t.end === 1 && /^\d{1,3}/.test(next.norm);
      // A span of time around now is no range of days late (« dans 5 à 10 jours », « il y a 30 à 60 jours »).
      const spelled =
        /^(?:a|au)$/.test(after ?? '') &&
        tokens[i - 1]?.kind !== 'number' &&
        !/^(?:dans|a|ici|sous|pendant|en|sur)$/.test(before);
      const opening = spelled && (before === 'de' || before === 'entre');
      if ((dash && unitAfter(i + 1)) || (spelled && unitAfter(i + 2))) {
        if (opening) out.pop();
        push(`entre ${n} et`, opening ? tokens[i - 1]! : t, t);
        if (spelled) i++;
        continue;
      }
    }
    // « 30/60j », « 60/90 jours »: a range written as a fraction before the unit.
    const slashed = /^(\d{1,3})\/(\d{1,3})$/.exec(n);
    if (slashed && /^(?:j|jr|jrs|jours?)$/.test(after ?? '')) {
      push(`entre ${slashed[1]} et ${slashed[2]}`, t);
      continue;
    }
    if (glued) {
      push(`${glued[1]} jours`, t);
      continue;
    }
    // « impayes par cli », « le top 10 des cli », « top 3 cliant »: clients; right after a ranking's
    // size, one client is a slip for the plural (« top 3 client à risque »; « top 10 par client » groups).
    if (/^(?:cli|clis|cliant|cliants|clien|cliens|client)$/.test(n)) {
      const ranked = afterTopSize(out);
      if (n !== 'client' || ranked) {
        push(n.endsWith('s') || n === 'cli' || ranked ? 'clients' : 'client', t);
        continue;
      }
    }
    // « à risk élevé »: the risk, in a French sentence.
    if (n === 'risk' || n === 'risc') {
      push('risque', t);
      continue;
    }
    // « les med envoyées cette semaine », « lr partie hier »: the plural, a count, a stage or a sending
    // says the mise en demeure, the registered letter.
    const letter =
      n === 'med' || n === 'meds'
        ? 'mises en demeure'
        : n === 'lr' || n === 'lrs'
          ? 'lettres recommandees'
          : null;
    if (letter && (MED_PLURAL_BEFORE.has(before) || SENT_AFTER.test(after ?? ''))) {
      push(letter, t);
      continue;
    }
    // « ça a raqué combien hier », « il a pas raqué », « ils ont craché combien ? »: paying.
    if (SLANG_ALWAYS.test(n) || (moneySaid && SLANG_WITH_MONEY.test(n))) {
      push(slangPaid(n), t);
      continue;
    }
    // « pas encore échues »: not due yet, as « non échues » (the aged balance's not-due column).
    // « Crèche Les Petits Pas solde dû »: a capitalised « Pas » closing a name is no negation (./name-words.ts).
    if (n === 'pas' && closesACapitalisedName(tokens, i)) {
      out.push(t);
      continue;
    }
    if (n === 'pas') {
      const k = norms[i + 1] === 'encore' ? i + 2 : i + 1;
      if (/^echu(?:e|es|s)?$/.test(norms[k] ?? '')) {
        push('non echues', t, tokens[k]);
        i = k;
        continue;
      }
    }
    // « les impayés qui ne sont pas au contentieux », « impayés hors contentieux »: the law firm's
    // files are excluded — there is no such filter, so the unpaid invoices are answered for all,
    // never the litigation list (the opposite of what is asked). A question on a file's own state
    // (« X n’est pas encore au contentieux ? ») has no unpaid word before and keeps its meaning.
    if (NEGATION.test(n) && norms.slice(0, i).some((w) => UNPAID_NOUN.test(w))) {
      let k = i + 1;
      while (k < tokens.length && k - i <= 4 && BEFORE_FIRM.has(norms[k]!)) k++;
      // In lower case: « sauf Cabinet Dupont » names a customer, not the firm.
      if (FIRM_WORD.test(norms[k] ?? '') && tokens[k]!.raw === tokens[k]!.raw.toLowerCase()) {
        i = k;
        continue;
      }
    }
    // « impayés hors litiges », « les relances du jour sans les litiges »: disputed invoices left out —
    // there is no such filter (the day's reminders already leave them out), so what they are left out
    // of is answered, never the disputes (the opposite of what is asked; fortieth round).
    if (LEAVING_OUT.test(n) && norms.slice(0, i).some((w) => LEFT_OUT_OF.test(w))) {
      let k = i + 1;
      while (k < tokens.length && k - i <= 3 && BEFORE_DISPUTE.has(norms[k]!)) k++;
      if (DISPUTE_WORD.test(norms[k] ?? '') && !(norms[k] === 'litige' && norms[k + 1] === 'avec')) {
        i = k;
        continue;
      }
    }
    // « pas encore payées », « toujours pas réglées », « non recouvrées »: not paid.
    if (n === 'pas' || n === 'non') {
      let k = i + 1;
      while (k < tokens.length && NEGATION_FILLER.has(norms[k]!) && k - i <= 2) k++;
      // « on n’a pas encaissé moins que … » is the verb of collecting, not unpaid invoices.
      const collecting = /^(?:encaisse|recouvre)/.test(norms[k] ?? '') && AVOIR.has(before);
      const paid = !collecting && (PAID.test(norms[k] ?? '') || SLANG_ALWAYS.test(norms[k] ?? ''));
      // « non réglées » is already the unpaid invoices' phrase; « non encore réglées » is made one.
      if (paid && (n === 'pas' || k > i + 1 || !/^(?:paye|regle)/.test(norms[k]!))) {
        push('non payees', t, tokens[k]);
        i = k;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** « f 2026-1042 », « F 2026 1042 », « F2026 1042 »: an invoice number typed with a space. */
const SPACED_INVOICE =
  /(?<![\p{L}\p{N}])(fa|f)(?:\s+|\s*-\s*)?(20\d\d)(?:\s+|\s*-\s*)(\d{3,5})(?![\p{L}\p{N}-])/giu;

/**
 * The text with an invoice number typed with a space written as one (« F2026-1042 »): the prefix, the
 * year and the number, as the invoice numbers are. A letter alone before a year (« F 2026 ») is not.
 */
export function withInvoiceNumbersJoined(text: string): string {
  return text.replace(SPACED_INVOICE, (whole, prefix: string, year: string, number: string) =>
    /\s/.test(whole) ? `${prefix.toUpperCase()}${year}-${number}` : whole,
  );
}
