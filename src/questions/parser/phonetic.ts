/**
 * A question spelt by ear (issue 16, ninth round: a dyslexic assistant): « factur », « cliant »,
 * « retar », « balanse », « dossié », « tablo », « afiche », « actualis », « risk », « gro »,
 * « mieu », « doi », « rest », « cré », « fé ». Rule: a word that is no word the parser knows and
 * sounds exactly like one of the domain's words below (same French sound key: silent endings,
 * « eau »/« au » → o, « c »/« qu » → k or s, « ai » → è, « en » → an, double letters single) is read
 * as that word. Only these domain words are targets, a known word is never rewritten, and a word
 * in capitals inside the sentence (a name: « Martin », « SGH ») stays as typed, so that a
 * customer's name or an ordinary word is never changed.
 *
 * Eighteenth round (a phonetic speller: « inpayer », « kombien », « lé facturent », « sé koi »,
 * « ojourdui »): more sound patterns in the key (silent « h », « m » before « p »/« b », « tion »,
 * « ç », « z », soft « g », the mute « e » of « -ement »), short words by ear, words only their
 * neighbours tell apart (PHRASES, read before the words one by one, and HOMOPHONES after), a noun's
 * « -es » spelt « -ent », glued elisions, and the words of the customers' names heard (`nameHeardOf`).
 */
import type { Customer } from '../../domain/ledger';
import { isExactStopWord } from './vocabulary';
import { isEnglish } from './english';
import { normalizeWord, tokenize } from './tokens';
import { B, E, W } from './regex-fragments';
import { memoByCustomers } from './customer-memo';

/** The domain's words a question spelt by ear is read back to. */
const TARGETS = `
facture factures client clients retard retards dossier dossiers tableau affiche affiché afficher
balance risque reste gros mieux doivent actualise actualiser crée créer fait relance relances impayé
impayés payé payer litige litiges avocat encaissé encaissements échéance échéances promesse
promesses semaine historique relevé combien quoi quel paiement paiements reçu reçus aujourdhui
dernier dernière derniers dernières taux segment évolution situation contentieux cabinet échéancier
échéanciers créance créances irrécouvrable irrécouvrables quinzaine septembre octobre novembre
décembre janvier février juillet revue hebdo transmettre recommandé ouvert depuis moins avec rappel
rappels contesté début courrier courriers entre mise mises encours hebdomadaire compta compte alias
mauvais pourcentage ancienneté encore
`
  .split(/\s+/)
  .filter(Boolean);

/** Short keys are too weak to tell words apart (« fé » → fait is an SMS spelling, ./informal.ts). */
const MIN_KEY = 3;

/** The French sound of a word, roughly: what a word spelt by ear keeps of the word meant. */
export function soundKey(word: string): string {
  // « resu » for « reçu »: the cedilla is an « s ».
  let s = normalizeWord(word.replace(/ç/giu, 's'));
  s = s
    // A silent « h » (« istorik », « ebdo », « ojourdui »), not the one of « ch ».
    .replace(/(^|[^cps])h/g, '$1')
    .replace(/eau/g, 'o')
    .replace(/au/g, 'o')
    .replace(/ph/g, 'f')
    .replace(/qu/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    // « litije », « boulanjerie »: « g » before « e », « i » sounds « j ».
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/y/g, 'i')
    // « mize en demeure »: « z » sounds as the « s » between two vowels.
    .replace(/z/g, 's')
    .replace(/ai|ei/g, 'e')
    // « évolussion », « situassion »: « tion » sounds « sion ».
    .replace(/tion/g, 'sion')
    // « inpayé », « septanbre »: « m » before « p » or « b » sounds « n ».
    .replace(/m(?=[pb])/g, 'n')
    .replace(/en/g, 'an')
    // « encaissman », « ancaissemant »: the silent « e » of « -ement » after a consonant (not the
    // one of a first syllable: « semaine »).
    .replace(/(?<=[aeiouy][^aeiouy]+)e(?=man)/g, '')
    .replace(/(.)\1+/g, '$1');
  // The silent consonant at the end first (« ouvert », « ouver »), then « er », « ez », « et » as « é »;
  // a « st » after a vowel is heard (« contesté », « kontesté », « reste »).
  const silent = (end: RegExp) => {
    while (s.length > MIN_KEY && end.test(s) && !/[aeiou]st$/.test(s)) s = s.slice(0, -1);
  };
  silent(/[stdx]$/);
  s = s.replace(/(?:er|ez|et)$/, 'e');
  silent(/[stdxe]$/);
  return s;
}

const BY_KEY: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string | null>();
  for (const target of TARGETS) {
    const key = soundKey(target);
    if (key.length < MIN_KEY) continue;
    const seen = keys.get(key);
    // Two targets of one key (« affiche », « affiché »): the first, unless they differ in meaning.
    if (seen === undefined) keys.set(key, target);
  }
  return new Map([...keys].flatMap(([k, v]) => (v === null ? [] : [[k, v] as const])));
})();

/** Targets written without their apostrophe in the list above. */
const SPELT: Readonly<Record<string, string>> = { aujourdhui: 'aujourd’hui' };

const TARGET_NORMS = new Set(TARGETS.map(normalizeWord));

/** French words sharing a target's key, never respelt (« mis en demeure » is no « mise »). */
const WORDS = new Set([
  'mis',
  // « pardon, je recommence : … » (forty-sixth round): starting again is no registered letter.
  'recommence',
  'recommences',
  'recommencer',
  'recommencons',
  'recommencez',
  'recommencent',
]);

/** The domain word a word spelt by ear means, or null. */
export function heardAs(raw: string, first: boolean): string | null {
  const norm = normalizeWord(raw);
  if (norm.length < 3 || TARGET_NORMS.has(norm) || isExactStopWord(norm) || WORDS.has(norm)) return null;
  if (!/^\p{L}+$/u.test(raw)) return null;
  if (!first && /^\p{Lu}/u.test(raw)) return null;
  // A word in capitals throughout (« SGH », « LPI ») is a name or an acronym.
  if (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return null;
  const target = BY_KEY.get(soundKey(norm));
  if (target === undefined) return null;
  // A form or a derived word (« actualiser », « grosses », « tableaux »), which the parser reads.
  const base = normalizeWord(target).replace(/e$/, '');
  const ending = norm.startsWith(base) ? norm.slice(base.length) : null;
  if (ending) return null;
  // « relansé », « afichez »: a verb's ending heard is kept on a target ending in a mute « e »
  // (« relancé », « affichez »), for the grammar after (« il faut relancé » is « relancer »).
  const verb = /(?:é|ée|és|ées|er|ez)$/u.exec(raw.toLowerCase());
  if (verb && /[^é]e$/u.test(target)) return `${target.slice(0, -1)}${verb[0]}`;
  return SPELT[target] ?? target;
}

/**
 * Words too short for a sound key, spelt by ear and no French word (eighteenth round: a phonetic
 * speller): « fé » is « fait », « nou » « nous », « tou » « tout », « plu » « plus », « pa » « pas »,
 * « fo » « faut », « tau » « taux », « ier » « hier », « kon » « qu'on », « parte » « partent ».
 */
const SHORT: Readonly<Record<string, string>> = {
  fe: 'fait',
  doi: 'doit',
  nou: 'nous',
  tou: 'tout',
  plu: 'plus',
  pa: 'pas',
  fo: 'faut',
  tau: 'taux',
  ier: 'hier',
  kon: 'qu’on',
  parte: 'partent',
  kart: 'carte',
  kil: 'qu’il',
  wikend: 'week-end',
  wiken: 'week-end',
};
/** The same, told by their accent (« lé » is no « le »): « lé », « dé » are « les », « des ». */
const SHORT_ACCENTED: Readonly<Record<string, string>> = {
  lé: 'les',
  dé: 'des',
  // « lané », « cette ané »: « année », too short for a sound key (« âne », « Anne »).
  ané: 'année',
  anné: 'année',
  lané: 'l’année',
  lanné: 'l’année',
  // « pasé en perte »: « passé » (« pas » is a word).
  pasé: 'passé',
  pasés: 'passés',
  pasée: 'passée',
  pasées: 'passées',
  wikène: 'week-end',
  // « le délé moyen »: « délai » (too short a key: « del »).
  délé: 'délai',
  délè: 'délai',
  // « anvoyé »: « envoyé » (« envoi » and « envoyé » share a sound key).
  anvoyé: 'envoyé',
  anvoyés: 'envoyés',
  anvoyée: 'envoyée',
  anvoyées: 'envoyées',
  anvoyer: 'envoyer',
  anvoi: 'envoi',
  anvois: 'envois',
  // « le mél de la compta »: the official word for an e-mail, spelt as heard.
  mél: 'mail',
  mèl: 'mail',
};

/**
 * « les facturent contestées »: a noun's silent plural « -es » spelt as a verb's silent « -ent »,
 * unless a subject stands before it (« ils relancent », « qui facturent »).
 */
const PLURAL_NOUNS = new Set(['facture', 'relance', 'creance', 'echeance', 'promesse']);
const SUBJECTS = new Set(['ils', 'elles', 'qui', 'ki', 'on', 'nous', 'vous', 'je', 'tu', 'il', 'elle', 'se']);

/**
 * « dinpayer », « doctobre », « lotel »: an elided « d’ » or « l’ » glued to a domain word spelt by
 * ear, or to a word of a customer's name (« lintermarché »), its silent « h » dropped or not
 * (« l’hôtel du parc »).
 */
function unglued(raw: string, isNameWord: (norm: string) => boolean): string | null {
  const m = /^([dl])(\p{L}{4,})$/u.exec(raw);
  if (!m) return null;
  const [, elided, word] = m as unknown as [string, string, string];
  const rest = normalizeWord(word);
  if (!/^[aeiouy]/.test(rest)) return null;
  if (isNameWord(rest)) return `${elided}’${word}`;
  if (isNameWord(`h${rest}`)) return `${elided}’h${word}`;
  if (rest.length < 5) return null;
  const target = TARGET_NORMS.has(rest) ? word : heardAs(word, false);
  return target === null ? null : `${elided}’${target}`;
}

const L = '[\\p{L}]';
/** Who may have sent: « les lettres qu'on a envoyées » is what was done, no letter to send. */
const SUBJECT = '(?:on|il|elle|ils|elles|qui|ki|qu|nous|vous|tu|je|j|[cç]a|y|en)';
/** A rule on a few words in a row: the text spelt by ear, what it is. */
const rule = (source: string, to: string): readonly [RegExp, string] => [
  new RegExp(`${W}${source}${B}`, 'giu'),
  to,
];

/**
 * Words spelt by ear that only their neighbours tell apart, read before the words one by one:
 * « kes ke / kes kon / kes ki fo » (« qu'est-ce que / qu'est-ce qu'on / qu'est-ce qu'il faut »),
 * « sé koi » (« c'est quoi ») and « tu sé » (« tu sais »), « ou en é » (« où en est »), « kel son »
 * (« quels sont »), « se moi » (« ce mois »), « lan dernier » (« l'an dernier »), « tu sé fer koi »
 * (« faire »), « o » alone (« au »), « le mail de rappel a envoyé » (« à envoyer »).
 */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  rule('k[eé]s?\\s*k(?:e|i|il)\\s+fo', 'qu’est-ce qu’il faut'),
  rule('k[eé]s?\\s*kon', 'qu’est-ce qu’on'),
  rule('k[eé]s?\\s*ke', 'qu’est-ce que'),
  rule('k[eé]s?\\s*ki', 'qu’est-ce qui'),
  rule('ki\\s+fo', 'qu’il faut'),
  // « rapelle moi »: the verb, not the noun « rappel » (./commands.ts reads a reminder asked).
  rule('rap+el+e(?=[\\s\\-]+(?:moi|nous|lui|leur|le|la|les)(?![\\p{L}]))', 'rappelle'),
  // « sé » with its accent (« se » is a word): « tu sé » knows, « sé koi » asks what it is.
  rule('(tu|je)\\s+sé', '$1 sais'),
  // « kes ki sé passé »: « qui s’est ».
  rule('(qui|ki)\\s+sé', '$1 s’est'),
  // « tu peu », « on peu »: « peux », « peut » (« peu » is a word elsewhere: « un peu »).
  rule('(tu|je)\\s+peu', '$1 peux'),
  rule('(on|il|elle)\\s+peu', '$1 peut'),
  rule(
    `sé(?=\\s+(?:koi|quoi|ki|qui|kombien|combien|quel|kel|${E}|notre|nos|le|la|les|lé|un|une|mon|ma|mes)${B})`,
    'c’est',
  ),
  rule(`se(?=\\s+(?:koi|quoi)${B})`, 'c’est'),
  rule('(o[uù](?:\\s+on)?\\s+en|kel|quel|quelle|kele|ki|qui|il|elle|[cç]a|sa)\\s+é', '$1 est'),
  rule('(kel|quel|quels|quelles|kels|ki|qui|o[uù]\\s+en)\\s+son', '$1 sont'),
  rule(
    'se\\s+(moi|mois|matin|soir|trimestre|semestre|semaine|s[ée]m[eè]ne|week-?end|wik[eè]n[de]?)',
    'ce $1',
  ),
  rule(
    '(ce|cet|du|au|chaque|derni[ée]r?s?|prochains?|premiers?|quelques|deux|trois|six|douze)\\s+moi',
    '$1 mois',
  ),
  rule('moi\\s+(derni[ée]r?e?|prochain|pass[ée]|pr[ée]c[ée]dent|en\\s+cours)', 'mois $1'),
  rule('(mois|moi)\\s+par\\s+moi', 'mois par mois'),
  rule('((?:encaiss|paiem|paim|paym|dso|retar|inpay|impay)\\p{L}*)\\s+par\\s+moi', '$1 par mois'),
  rule(`ta(?=\\s+(?:fé|fait|vu|eu|reçu|resu|envoyé|envoye)${B})`, 't’as'),
  // « entre 30 é 60 jours »: « é » between two numbers is « et ».
  [/(?<=\d)\s+é(?=\s+\d)/gu, ' et'],
  // « plus de 3 moi », « depuis 6 moi »: months counted.
  [/(?<=\d)\s+moi(?![\p{L}])/giu, ' mois'],
  // « mise an demeure », « an retar »: « en » before the words it opens.
  rule(
    'an(?=\\s+(?:demeure|retard?|litige|litije|cours?|kour|attente|perte|kontentieux?|contentieux|souffrance|ligne)(?![\\p{L}]))',
    'en',
  ),
  rule('lan\\s+(derni[ée]r?|pass[ée]|prochain)', 'l’an $1'),
  rule(
    '(sais|s[ée]|peux|peut|peu|dois|doi|doit|faut|fo|vais|va|on|je)\\s+fer(?=\\s+(?:koi|quoi|ke|que|avec|avek|pour))',
    '$1 faire',
  ),
  rule('fer\\s+(koi|quoi)', 'faire $1'),
  // « o 30 septembre », « o kontentieu »: « o » alone, before a word or a number, is « au ».
  rule('o(?=\\s+[\\p{L}\\p{N}])', 'au'),
];

/**
 * Homophones the grammar tells apart: « il reste à payé » is « à payer » (an infinitive after « à
 * payer » of what is left), « où en et » is « où en est », « tu fait » is « tu fais ».
 */
const HOMOPHONES: readonly (readonly [RegExp, string])[] = [
  [/\b(rest(?:e|ent)?) (a|à) pay(?:é|e|ée|ee|és|es|ées|ees)(?!\p{L})/giu, '$1 à payer'],
  [/\b(o[uù]) en et\b/giu, '$1 en est'],
  // « tu fé koi ? »: « tu » conjugates « fais ».
  [/\btu fait\b/giu, 'tu fais'],
  // « Dupont sait passé au contentieux », dictated: « savoir » never comes before a participle — it
  // is « s'est » (thirty-sixth round).
  [/(?<![\p{L}])sait\s+(?=\p{Ll}{2,}(?:é|ée|és|ées)(?![\p{L}]))/giu, 'est '],
  // « kes kil fo envoyé », « je doi relancé »: « -é » for the infinitive « -er » after a verb that
  // takes one (« doit » only after its subject: « combien doit la société » keeps its name).
  [
    /(?<![\p{L}])((?:(?:je|j|tu|on|il|elle|nous|vous|ils|elles)\s+(?:dois|doit|doi|devons|devez|doivent|peux|peut|pouvons|pouvez|peuvent|vais|va|allons|allez|vont))|faut|fo)\s+(\p{Ll}{2,}?)(?:é|ée|és|ées)(?![\p{L}])/gu,
    '$1 $2er',
  ],
  // « le kourrié de relance a envoyé demain », « lé facturent a relansé »: what is to send or to
  // chase (the words read above), unless someone did (« les lettres qu'on a envoyées »).
  rule(
    `((?:mails?|e-?mails?|rappels?|rapels?|relances?|lettres?|courriers?|factures?|dossiers?|lrar|lr|med|mises?\\s+en\\s+demeure)(?:\\s+(?!${SUBJECT}${B})${L}+){0,3})\\s+a\\s+(envoy|relanc|trait)(?:é|e|er|ée|ee|és|es|ées|ees)`,
    '$1 à $2er',
  ),
];

/** A word of a customer's name by its sound key (null: two words of one key), per list of customers. */
/** The longer keys only: a short word sounds like too many others (« crois », « croix »). */
const MIN_NAME_KEY = 4;

/** The sounds of the customers' names' longer words, each with its word (null: two words sound alike). */
const nameKeys = memoByCustomers((customers): ReadonlyMap<string, string | null> => {
  const found = new Map<string, string | null>();
  for (const c of customers)
    for (const name of [c.legalName, ...(c.aliases ?? [])])
      for (const word of normalizeWord(name).split(/[^\p{L}\p{N}]+/u)) {
        if (word.length < 6) continue;
        const key = soundKey(word);
        if (key.length < MIN_NAME_KEY) continue;
        const seen = found.get(key);
        found.set(key, seen === undefined || seen === word ? word : null);
      }
  return found;
});

/**
 * The word of a customer's name a word spelt by ear sounds like (« sosiété » is « société »;
 * « tilleul » is not respelt: a form of the name's word, which the customers' search reads), or null.
 */
export function nameHeardOf(customers: readonly Customer[]): (norm: string) => string | null {
  return (norm) => {
    const keys = nameKeys(customers);
    if (norm.length < 6 || isExactStopWord(norm) || TARGET_NORMS.has(norm)) return null;
    const word = keys.get(soundKey(norm));
    if (!word) return null;
    // A word the name's word only lengthens by a syllable (« propre », « Propreté »): another word.
    const typed = norm.replace(/[sx]$/, '');
    if (word.startsWith(typed) && /[aeiouy]/.test(word.slice(typed.length))) return null;
    // A form of the name's word (« service », « tilleul »): the customers' search reads it.
    const base = (w: string) => w.replace(/[sx]$/, '').replace(/e$/, '');
    return base(norm) === base(word) ? null : word;
  };
}

/** One word spelt by ear, read as the word meant, or as typed. */
function wordHeard(
  word: string,
  first: boolean,
  before: string,
  isNameWord: (norm: string) => boolean,
  nameHeard: (norm: string) => string | null,
): string {
  const norm = normalizeWord(word);
  // « alias kreche pour … »: an alias is a name's new spelling, written as wanted.
  if (isNameWord(norm) || before === 'alias') return word;
  const lower = word === word.toLowerCase();
  if (lower && SHORT_ACCENTED[word] !== undefined) return SHORT_ACCENTED[word];
  // « je doi », « tu doi »: the first and second persons (« il doi » is « doit »).
  if (lower && norm === 'doi' && (before === 'je' || before === 'tu')) return 'dois';
  if (lower && SHORT[norm] !== undefined) return SHORT[norm];
  if (lower && norm.length > 6 && norm.endsWith('ent') && !SUBJECTS.has(before)) {
    const singular = `${word.slice(0, -3)}e`;
    const noun = PLURAL_NOUNS.has(normalizeWord(singular)) ? singular : heardAs(singular, false);
    if (noun !== null && PLURAL_NOUNS.has(normalizeWord(noun))) return `${noun}s`;
  }
  const heard = heardAs(word, first);
  if (heard !== null) return heard;
  return (lower ? (unglued(word, isNameWord) ?? nameHeard(norm)) : null) ?? word;
}

/** The text with the words spelt by ear written as the domain's words. */
export function respelledByEar(
  text: string,
  isNameWord: (norm: string) => boolean = () => false,
  nameHeard: (norm: string) => string | null = () => null,
): string {
  // « high risk customers »: English is read as English (./english.ts).
  if (isEnglish(tokenize(text))) return text;
  const phrased = PHRASES.reduce((said, [re, to]) => said.replace(re, to), text);
  // A name given an alias is written on purpose: its words are not respelt as another name's.
  const namesHeard = /alias(?![\p{L}])/iu.test(text) ? () => null : nameHeard;
  let first = true;
  let before = '';
  const words = phrased.replace(/\p{L}+/gu, (word, at: number) => {
    const isFirst = first || /[.!?]\s*$/.test(phrased.slice(0, at));
    first = false;
    const heard = wordHeard(word, isFirst, before, isNameWord, namesHeard);
    // The word read last (« lalias » is « l’alias »: the alias follows).
    before =
      normalizeWord(heard)
        .split(/[^\p{L}]+/u)
        .pop() ?? '';
    return heard;
  });
  return HOMOPHONES.reduce((said, [re, to]) => said.replace(re, to), words);
}
