/**
 * Someone correcting herself as she types or dictates: « euh », « du coup » are nothing, and in
 * « X, non pardon Y », « X, non attends Y », « X, enfin (je veux dire) Y », « le top 5, non le top
 * 10 », what is finally meant (Y) replaces what was said first (X) — a date, a customer, an
 * invoice, a bound, a size, a step.
 *
 * Which words of X go: the last words before the correction that start like Y (« à fin septembre,
 * non attends à fin octobre », « plus de 30 jours, enfin plus de 60 jours »; an article stands for
 * another: « le mois dernier, non pardon ce mois-ci »), looked for only among the few words before
 * it, or further back when two words are said again (« le top 10 des clients en retard, non
 * pardon le top 3 »: only their span is replaced); otherwise, after « non pardon », as many words as
 * Y has (« C007, non pardon C017 »). After « enfin », Y that is no figure, no day after a day and
 * says nothing again is a rewording (« les impayés par client, enfin rangés client par client »):
 * X stands and Y goes.
 *
 * Bounded: the text is split once on its commas, each correction compared with at most the last
 * `LOOK_BACK` words said.
 */

/** « euh », « heu », « bah », with their dots (« euh... »). */
const FILLER = /(?:^|(?<=[\s,]))(?:eu+h+|heu+|hum+|bah)(?:\.{2,}|…)?(?=[\s,.?!…]|$)/giu;

/** What opens a correction, at the start of a piece that follows a comma (or typed without one). */
const CORRECTION =
  /^\s*(?:(?:non|ah\s+non|oh\s+non)(?:\s*,?\s*(?:pardon|attends?|attendez|d[ée]sol[ée]e?|excuse[sz]?[\s-]moi|en\s+(?:vrai|fait)))?|pardon|je\s+me\s+suis\s+tromp[ée]e?|enfin(?:\s*,?\s*je\s+veux\s+dire)?|je\s+veux\s+dire|ou\s+plut[ôo]t|plut[ôo]t)\s*,?\s+/iu;

/** Dots (« … », « ... ») just before an opening of a correction. */
const ELLIPSIS_BEFORE_CORRECTION =
  /\s*(?:…|\.{2,})\s*(?=(?:non|ah\s+non|oh\s+non|pardon|enfin|je\s+veux\s+dire|ou\s+plut[ôo]t|plut[ôo]t)\b)/giu;

/** The same opening typed without a comma before it (« jeudi non pardon mercredi »). */
const INLINE =
  /\s+(?=(?:non\s*,?\s*(?:pardon|attends?|en\s+(?:vrai|fait))|enfin\s*,?\s*je\s+veux\s+dire)\s)/giu;

/** A piece that only says one cannot remember (« je sais plus le nom exact », « comment dire »). */
const HESITATION =
  /(?:^|\s)(?:(?:je\s+(?:ne\s+)?(?:sais|me\s+souviens|rappelle)\s+(?:plus|pas)|j'ai\s+oubli[ée]|comment\s+(?:dire|(?:[çc]a|il|elle)\s+s'appelle))\b[^,]{0,30})$/iu;

/** Words closing a correction that add nothing (« … plus de 60 jours plutôt », « … je veux dire »). */
const CLOSING = /(?:\s*,?\s*(?:je\s+veux\s+dire|plut[ôo]t|pardon|hein))+\s*$/iu;

const ARTICLES = new Set([
  'le',
  'la',
  'les',
  'l',
  'ce',
  'cet',
  'cette',
  'ces',
  'un',
  'une',
  'du',
  'des',
  'de',
  'd',
]);

/** How many words before a correction are ever compared with it. */
const LOOK_BACK = 40;

/** How many words before a correction may be the words it replaces, beyond Y's own length. */
const REACH = 2;

function norm(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** « d’octobre », « l’an »: an elided article is one (« de septembre, non pardon d’octobre »). */
function headOf(word: string): string {
  const elided = /^([dl])['’]\p{L}/iu.exec(word);
  return elided ? elided[1]!.toLowerCase() : norm(word);
}

function sameStart(a: string, b: string): boolean {
  const x = headOf(a);
  const y = headOf(b);
  if (x === '' || y === '') return false;
  return x === y || (ARTICLES.has(x) && ARTICLES.has(y));
}

/**
 * Where in `said` (its words) the words replaced by `meant` start, or -1: the first word of the
 * last few that starts like `meant`, the one sharing the most words with it first.
 */
function replacedFrom(said: readonly string[], meant: readonly string[], from = 0): number {
  let best = -1;
  let bestShared = 0;
  for (let i = Math.max(from, said.length - LOOK_BACK); i < said.length; i++) {
    let shared = 0;
    while (shared < meant.length && i + shared < said.length && sameStart(said[i + shared]!, meant[shared]!))
      shared++;
    // A word said again outweighs an article standing for another (« les pertes de l’an dernier,
    // enfin de 2025 »: from « de »).
    const score = shared === 0 ? 0 : 2 * shared + (headOf(said[i]!) === headOf(meant[0]!) ? 1 : 0);
    // Further back than the last words, only two words said again (« le top 10 des clients en
    // retard, non pardon le top 3 »).
    if (i < said.length - meant.length - REACH && shared < 2) continue;
    // Between articles standing for others alike, the latest (« les impayés de septembre, non
    // pardon le mois d’octobre »: from « de »); between words said again, the first.
    if (score > bestShared || (score > 0 && score === bestShared && score % 2 === 0)) {
      best = i;
      bestShared = score;
    }
  }
  return best;
}

/** A day named (« hier », « avant-hier », « jeudi »). */
const DAY =
  /(?:^|[\s'’-])(?:hier|demain|aujourd['’]?hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/iu;

/** A month named (« enfin de novembre »): a date, corrected like a figure. */
const MONTH =
  /(?:^|[\s'’-])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\b/iu;

const LINKS = new Set([...ARTICLES, 'a', 'au', 'aux', 'en', 'd', 'pour', 'par', 'sur', 'dans', 'avec']);

/** Whether the first word of `meant` that is no article nor preposition is among the last words said. */
function saysAgain(said: readonly string[], meant: readonly string[]): boolean {
  const word = meant.map(norm).find((w) => w !== '' && !LINKS.has(w));
  if (word === undefined) return false;
  return said.slice(Math.max(0, said.length - meant.length - REACH)).some((w) => norm(w) === word);
}

/** A unit after a number (« 30 jours », « 5000 € », « 10 k€ »). */
const UNIT = /^(?:jours?|j|jrs?|euros?|€|k€|keur|%)$/iu;

/**
 * The unit of the number corrected, when the correction gives a number without one (« plus de 30
 * jours, non en vrai plus de 45 »: 45 days, thirty-fourth round).
 */
function unitKept(replaced: readonly string[], meant: readonly string[]): string[] {
  if (!/^\d+$/.test(meant[meant.length - 1] ?? '')) return [];
  const units = replaced.map((w) => w.replace(/[,;:.!?]+$/u, ''));
  const at = units.findIndex((w, i) => /^\d+$/.test(w) && UNIT.test(units[i + 1] ?? ''));
  return at >= 0 ? [units[at + 1]!] : [];
}

/** The question as finally meant: fillers out, each correction in place of what it corrects. */
export function withSelfCorrections(text: string): string {
  // « du fournisseur… pardon, du client X »: an ellipsis before a correction is its comma.
  const unfilled = text.replace(FILLER, ' ').replace(ELLIPSIS_BEFORE_CORRECTION, ', ');
  if (!/,|\bnon\s*,?\s*(?:pardon|attends?|en\s+(?:vrai|fait))\b|\benfin\b/iu.test(unfilled)) return unfilled;
  // « X, non pardon, Y »: an opening alone between commas opens the piece after it.
  const pieces = unfilled
    .replace(INLINE, ', ')
    .split(',')
    .reduce<string[]>((all, piece) => {
      const previous = all[all.length - 1];
      if (previous !== undefined && CORRECTION.exec(`${previous} `)?.[0].trim() === previous.trim())
        all[all.length - 1] = `${previous} ${piece}`;
      else all.push(piece);
      return all;
    }, []);
  let kept: string[] = [];
  for (const piece of pieces) {
    const opening = CORRECTION.exec(piece);
    // « je sais plus le nom, enfin les Jardins de Fourvière »: the hesitation goes, the name stays.
    if (opening && kept.length > 0 && HESITATION.test(kept[kept.length - 1]!)) {
      kept[kept.length - 1] = piece.slice(opening[0].length);
      continue;
    }
    const words = kept.join(',').split(/\s+/).filter(Boolean);
    if (!opening || kept.length === 0 || words.length === 0) {
      kept.push(piece);
      continue;
    }
    const rewording = /^\s*(?:enfin|je\s+veux|ou\s+plut|plut)/iu.test(opening[0]);
    const said = piece.slice(opening[0].length).replace(CLOSING, '');
    // « les factures de la SGH, enfin celles en litige »: « enfin celles … » narrows what was said.
    const narrowing = /^\s*(?:celui|celle|ceux|celles)\s+(.*)$/isu.exec(said);
    if (rewording && narrowing) {
      kept = [[...words, narrowing[1]!].join(' ')];
      continue;
    }
    // « le solde de la SGH, non attends celui de Biocoop »: « celui » stands for what is corrected.
    const meantText = said.replace(/^\s*(?:celui|celle|ceux|celles)\s+(?=d)/iu, '');
    const meant = meantText.split(/\s+/).filter(Boolean);
    // « plus de 30 jours, enfin 45 », « le top 5, non pardon 10 »: a number alone corrects the last one.
    const lastNumber = words.length - 1 - [...words].reverse().findIndex((w) => /^\d+$/.test(w));
    if (/^\s*\d+\s*$/.test(meantText) && lastNumber < words.length && lastNumber >= words.length - 4) {
      kept = [[...words.slice(0, lastNumber), meantText.trim(), ...words.slice(lastNumber + 1)].join(' ')];
      continue;
    }
    // « combien doit la SGH, enfin ? »: nothing said after it, no correction.
    if (!/[\p{L}\d]/u.test(meantText)) {
      kept.push(piece);
      continue;
    }
    // A bare « non » corrects only words said like it (« le top 5, non le top 10 »): « les
    // factures, non payées » is no correction.
    const bareNo = /^\s*non\s*,?\s*$/iu.test(opening[0]);
    const near = Math.max(0, words.length - meant.length - REACH);
    const at = replacedFrom(words, meant, 0);
    // A correction's words said further back replace only their own span, the rest stays.
    const farAt = at >= 0 && at < near ? at : -1;
    // A day said again is a correction too (« envoyées hier, enfin avant-hier », « lundi, non mardi »).
    // … and so is a month (« les impayés d’octobre, enfin novembre »).
    const lastSaid = words.slice(-2).join(' ');
    const dayAgain =
      at < 0 &&
      meant.length <= 2 &&
      ((DAY.test(meantText) && DAY.test(lastSaid)) || (MONTH.test(meantText) && MONTH.test(lastSaid)));
    if (at < 0 && bareNo && !dayAgain) {
      kept.push(piece);
      continue;
    }
    // « enfin » rewords unless what follows is a figure or says again a word said (« la revue de la
    // semaine, enfin la revue hebdo »): « les paiements reçus hier, enfin les encaissements » keeps
    // its day, the rewording goes.
    if (
      rewording &&
      !dayAgain &&
      (at < 0 || !(/\d/.test(meantText) || MONTH.test(meantText) || saysAgain(words, meant)))
    )
      continue;
    if (farAt >= 0) {
      kept = [[...words.slice(0, farAt), ...meant, ...words.slice(farAt + meant.length)].join(' ')];
      continue;
    }
    const cut = at >= 0 ? at : Math.max(0, words.length - meant.length);
    kept = [[...words.slice(0, cut), ...meant, ...unitKept(words.slice(cut), meant)].join(' ')];
  }
  return kept.join(',');
}
