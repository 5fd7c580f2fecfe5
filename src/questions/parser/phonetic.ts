/**
 * A question spelt by ear (issue 16, ninth round: a dyslexic assistant): « factur », « cliant »,
 * « retar », « balanse », « dossié », « tablo », « afiche », « actualis », « risk », « gro »,
 * « mieu », « doi », « rest », « cré », « fé ». Rule: a word that is no word the parser knows and
 * sounds exactly like one of the domain's words below (same French sound key: silent endings,
 * « eau »/« au » → o, « c »/« qu » → k or s, « ai » → è, « en » → an, double letters single) is read
 * as that word. Only these domain words are targets, a known word is never rewritten, and a word
 * in capitals inside the sentence (a name: « Martin », « SGH ») stays as typed, so that a
 * customer's name or an ordinary word is never changed.
 */
import { isExactStopWord } from './vocabulary';
import { isEnglish } from './english';
import { normalizeWord, tokenize } from './tokens';

/** The domain's words a question spelt by ear is read back to. */
const TARGETS = `
facture factures client clients retard retards dossier dossiers tableau affiche affiché afficher balance
risque reste gros mieux doivent actualise actualiser crée créer fait relance relances impayé impayés
payé payer litige litiges avocat encaissé encaissements échéance échéances promesse promesses
semaine historique relevé combien quoi quel
`
  .split(/\s+/)
  .filter(Boolean);

/** Short keys are too weak to tell words apart (« fé » → fait is an SMS spelling, ./informal.ts). */
const MIN_KEY = 3;

/** The French sound of a word, roughly: what a word spelt by ear keeps of the word meant. */
export function soundKey(word: string): string {
  let s = normalizeWord(word);
  s = s
    .replace(/eau/g, 'o')
    .replace(/au/g, 'o')
    .replace(/ph/g, 'f')
    .replace(/qu/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/ai|ei/g, 'e')
    .replace(/en/g, 'an')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?:er|ez|et)$/, 'e');
  while (s.length > MIN_KEY && /[stdxe]$/.test(s)) s = s.slice(0, -1);
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

const TARGET_NORMS = new Set(TARGETS.map(normalizeWord));

/** The domain word a word spelt by ear means, or null. */
export function heardAs(raw: string, first: boolean): string | null {
  const norm = normalizeWord(raw);
  if (norm.length < 3 || TARGET_NORMS.has(norm) || isExactStopWord(norm)) return null;
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
  return target;
}

/** Words too short for a sound key, spelt by ear and no French word: « fé » is « fait ». */
const SHORT: Readonly<Record<string, string>> = { fe: 'fait', doi: 'doit' };

/**
 * Homophones the grammar tells apart: « il reste à payé » is « à payer » (an infinitive after « à
 * payer » of what is left), « où en et » is « où en est », « tu fait » is « tu fais ».
 */
const HOMOPHONES: readonly (readonly [RegExp, string])[] = [
  [/\b(rest(?:e|ent)?) (a|à) pay(?:é|e|ée|ee|és|es|ées|ees)(?!\p{L})/giu, '$1 à payer'],
  [/\b(o[uù]) en et\b/giu, '$1 en est'],
  // « tu fé koi ? »: « tu » conjugates « fais ».
  [/\btu fait\b/giu, 'tu fais'],
];

/** The text with the words spelt by ear written as the domain's words. */
export function respelledByEar(text: string): string {
  // « high risk customers »: English is read as English (./english.ts).
  if (isEnglish(tokenize(text))) return text;
  let first = true;
  const words = text.replace(/\p{L}+/gu, (word, at: number) => {
    const isFirst = first || /[.!?]\s*$/.test(text.slice(0, at));
    first = false;
    const norm = normalizeWord(word);
    return SHORT[norm] !== undefined && word === word.toLowerCase()
      ? SHORT[norm]
      : (heardAs(word, isFirst) ?? word);
  });
  return HOMOPHONES.reduce((said, [re, to]) => said.replace(re, to), words);
}
