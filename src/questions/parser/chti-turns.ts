/**
 * Ch'ti turns of speech (issue 16, twenty-fifth round: a Lille sales rep writing as he speaks),
 * rewritten in the text into the French the parser reads, before anything else reads it:
 * - an « e » left out before a consonant (« d'puis », « r'lances », « s'maine », « d'main »,
 *   « r'çu », « d'la », « j'vais », « qu'te »): French never elides before a consonant, so the
 *   letter and its « e » come back — joined where they make one word (« depuis », « relances »,
 *   « semaine », « demain »), a word of their own elsewhere (« de la », « je vais »); « l'1er » is
 *   « le 1er » (a date, not a day read alone);
 * - « ch' » for « ce » / « c' » (« ch'est », « ch'mois-ci », « ch'trimestre », « ch't'année »,
 *   « qu'est-ch' qu' »);
 * - words: « combin » combien, « dins » dans, « vir » voir, « frod » froid, « quo » quoi (not in
 *   « statu quo »), « incaissements » encaissements, « invoyé » envoyé;
 * - pronouns, only where the grammar says them: « min » mon before a noun (« min DSO », « d'min
 *   secteur »; « min 5 000 € », « le min » stay a minimum), « y » il as the subject of a verb
 *   (« mes clients y payent »; « il y a », « on y va », « y a-t-il » keep their « y »), « al »
 *   elle before a verb (« la SGH al a payé »), « li » lui after a subject (« on li a invoyé »);
 * - « in » en before what « en » introduces (« in octobre », « in r'tard », « in perte », « on in
 *   est »; « in » in English keeps its meaning: it is never before those words);
 * - fillers that ask nothing: « biloute », « min fieu », « quo qu'te dis, » opening a question,
 *   « qui qui » (« qui »), « s'te plaît » (s'il te plaît).
 * A word of a customer's name is never rewritten.
 */
import { AP, B, W } from './regex-fragments';
import { normalizeWord } from './tokens';

const MONTHS =
  'janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre';

/** Words that make one word with the elided letter's « e » (« d'puis » depuis, « s'maine » semaine). */
const JOINED: Record<string, RegExp> = {
  d: /^(?:puis|main|dans|hors|vant|mand|rni)/iu,
  s: /^(?:main|cond)/iu,
  p: /^(?:ti|tit)/iu,
  r: /^\p{L}/u,
};

/** « d'puis », « r'lances », « j'vais »: the « e » left out before a consonant, put back. */
function withElisionsRestored(text: string): string {
  return text
    .replace(new RegExp(`${W}s${AP}te\\s+pla[iî]t${B}`, 'giu'), "s'il te plaît")
    .replace(new RegExp(`${W}s${AP}vous\\s+pla[iî]t${B}`, 'giu'), "s'il vous plaît")
    .replace(new RegExp(`${W}(l)${AP}(?=\\d)`, 'giu'), (_s, l: string) => `${l}e `)
    .replace(
      new RegExp(`${W}(qu|[dlsrmtnjp])['’ʼ\`´](?=[bcdfgjklmnpqrstvwxzç])(\\p{L}+)`, 'giu'),
      (said: string, letter: string, word: string) => {
        // « l'SGH »: an acronym; « t'sais »: a filler read elsewhere (./quebec-turns.ts).
        if (word.length > 1 && word === word.toUpperCase()) return said;
        if (letter.toLowerCase() === 't' && /^s(?:ais|é)$/iu.test(word)) return said;
        const joined = JOINED[letter.toLowerCase()];
        if (joined?.test(word)) return `${letter}e${word}`;
        if (letter.toLowerCase() === 'r' || letter.toLowerCase() === 'p') return `${letter}e${word}`;
        return `${letter}e ${word}`;
      },
    );
}

/** The subject's verbs after which « y » is « il » (« y dit », « y payent », « y grimpe »). */
const VERB_AFTER_Y =
  '(?:dit|disent|pay\\p{L}*|pai\\p{L}*|r[eè]gl\\p{L}*|grimp\\p{L}*|mont\\p{L}*|baiss\\p{L}*|fait|font|doit|doivent|sont|est|ont|va|vont|veut|veulent|tra[iî]n\\p{L}*|rembours\\p{L}*|augment\\p{L}*|bouge\\p{L}*|d[eé]conn\\p{L}*)';
/** Verbs after which « al » is « elle ». */
const VERB_AFTER_AL = `(?:a|est|doit|va|veut|dit|nous|n${AP}|pay\\p{L}*|pai\\p{L}*|r[eè]gl\\p{L}*|avait|[eé]tait)`;

/** What « en » introduces, before which « in » is « en ». */
const AFTER_EN = `(?:${MONTHS}|retard|r${AP}tard|perte|pertes|litige|litiges|cours|attente|souffrance|avance|contentieux|demeure|d[eé]but|fin|ce|cette|ces|ch${AP}|est|[eé]tait|sont|moyenne|tout|plus)`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Fillers: « biloute » (with « dis » before it), « min fieu », « quo qu'te dis, » opening.
  [new RegExp(`${W}(?:dis\\s+)?(?:biloute|m(?:in|on)\\s+fieu)${B}\\s*[,!]?`, 'giu'), ' '],
  [
    new RegExp(`^\\s*quoi?\\s+qu(?:e\\s+|${AP})(?:te\\s+|tu\\s+|t${AP})?(?:en\\s+)?dis\\s*[,!]\\s*`, 'iu'),
    '',
  ],
  [new RegExp(`${W}ch${AP}ti\\s+(?=\\p{L})`, 'giu'), 'le petit '],
  [new RegExp(`${W}ch${AP}t${AP}(?=\\p{L})`, 'giu'), 'cette '],
  [new RegExp(`${W}ch${AP}(?=[aeiouyéèêh])`, 'giu'), "c'"],
  [new RegExp(`${W}ch${AP}(?=\\p{L})`, 'giu'), 'ce '],
  [new RegExp(`(?<=est-)ch['’ʼ\`´]`, 'giu'), 'ce'],
  [new RegExp(`${W}combin${B}(?:\\s+qu(?:e\\s+|${AP}))?`, 'giu'), 'combien '],
  [new RegExp(`${W}dins${B}`, 'giu'), 'dans'],
  [new RegExp(`${W}vir${B}`, 'giu'), 'voir'],
  [new RegExp(`${W}frod${B}`, 'giu'), 'froid'],
  [new RegExp(`(?<!statu\\s+)${W}quo${B}`, 'giu'), 'quoi'],
  [new RegExp(`${W}qui\\s+qui${B}`, 'giu'), 'qui'],
  [new RegExp(`${W}incaiss(?=\\p{L})`, 'giu'), 'encaiss'],
  [new RegExp(`${W}invoy(?=\\p{L})`, 'giu'), 'envoy'],
  // « min DSO », « d'min secteur »: « mon »; a minimum (« min 5 000 € », « le min », « min. ») stays.
  [
    new RegExp(
      `(?<!(?:le|au|du|un|montant|retard|max|et|ou)\\s+)(?<![\\d-]\\s*)${W}min(?=\\s+(?!(?:de|d${AP}|des|du|et|ou|max|maxi|mum)${B})\\p{L})`,
      'giu',
    ),
    'mon',
  ],
  // « y » the subject of a verb, not after a pronoun that makes it « there » (« il y a », « on y va »).
  [
    new RegExp(
      `(?<!(?:il|elle|on|je|tu|nous|vous|ils|elles|ne|va|vais|vas|allons|allez|vont|en|ça|ca)\\s+)(?<!['’ʼ\`´]\\s*)${W}y\\s+(?=${VERB_AFTER_Y}${B})`,
      'giu',
    ),
    'il ',
  ],
  [new RegExp(`${W}al\\s+(?=${VERB_AFTER_AL}${B})`, 'giu'), 'elle '],
  [new RegExp(`(?<=${W}(?:on|je|tu|il|elle|nous|vous|ils|elles|y)\\s+)li(?=\\s+\\p{L})`, 'giu'), 'lui'],
  // « cash-in », « check-in »: a word of English, hyphenated, stays.
  [new RegExp(`(?<!-)${W}in(?=\\s+${AFTER_EN}${B})`, 'giu'), 'en'],
];

const CHTI =
  /['’ʼ`´](?=[bcdfgjklmnpqrstvwxzç])|(?<![\p{L}\p{N}])(?:biloute|fieu|combin|dins|vir|frod|quo|qui\s+qui|incaiss|invoy|min|y|al|li|in|ch)(?![\p{L}\p{N}])/iu;

/** The text with ch'ti turns of speech in the French the parser reads. */
export function withChtiTurns(text: string, isNameWord: (norm: string) => boolean): string {
  if (!CHTI.test(text)) return text;
  const names = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && isNameWord(normalizeWord(w)))
    .map((w) => w.toLowerCase());
  let out = withElisionsRestored(text);
  for (const [re, french] of RULES)
    out = out.replace(re, (said: string) =>
      // A customer's name (« Frod SARL ») is left as typed.
      said
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => w.length > 2 && names.includes(w.toLowerCase()) && !/^(?:dis|qui|que)$/iu.test(w))
        ? said
        : french,
    );
  return out
    .replace(/^\s*[,;]\s*/u, '')
    .replace(/\s*,\s*([?!.]*)\s*$/u, ' $1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}
