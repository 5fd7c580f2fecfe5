/**
 * An elided article or pronoun typed without its apostrophe (a rep typing in capitals without
 * accents: « CHEZ LAVOCAT », « TAUX DIMPAYES », « LAN DERNIER », « JAPPEL QUI », « QUIL »): the word
 * is read as elided — « l’avocat », « d’impayés », « l’an » — when what follows the letter is a
 * word the parser knows that French elides before (a vowel or a mute « h »), and the whole is no
 * French word of its own (« dans », « sans », « mon », « test » stay as typed). Capitals say
 * nothing here: the same rule reads « lavocat » and « LAVOCAT ».
 */
import type { Customer } from '../../domain/ledger';
import { acronymOf as acronymOfName } from '../../domain/customer-search';
import { normalizeWord } from './tokens';
import { memoByCustomers } from './customer-memo';

/** The letters French elides (« l’ », « d’ », « j’ », « qu’ », « n’ », « s’ », « m’ », « t’ », « c’ »). */
const ELIDED = ['qu', 'l', 'd', 'j', 'n', 's', 'm', 't', 'c'];

/**
 * Words the parser reads that begin with a vowel or a mute « h », normalised (lower case, no
 * accents), as they follow an elided letter. Pronouns and forms of « être » / « avoir » that follow
 * « qu’ », « j’ », « c’ », « n’ », « s’ ».
 */
const AFTER_ELISION = new Set(
  `
avocat avocats avocate impaye impayes impayee impayees an annee annees appel appels appelle appeler appelles
echeance echeances echeancier echeanciers encours etat etats argent hotel hotels historique export exporter
encaissement encaissements encaisse envoi envois envoye envoyes escalade escalades ecart ecarts entreprise
huissier huissiers ensemble equipe impaye avoir avoirs anciennete attente affaire affaires agence
il ils elle elles on en ai avons avez ont est etait etaient a
aujourd aujourdhui irrecouvrable irrecouvrables
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * « m'a dit quelle paierait 800 € le 30/11 » (forty-fifth round): « quelle » before a verb in the
 * conditional or the future is « qu’elle » — the interrogative stands before a noun or « être »,
 * « avoir » (« quelle sera la date ? », « quelle aurait été … »), never before « paierait ».
 */
const QUELLE_VERB =
  /(?<![\p{L}’'])qu(elles?)\s+(?=(?!(?:serai(?:en)?t|seront|sera|aurai(?:en)?t|auront|aura)(?![\p{L}]))\p{L}{2,}(?:rait|raient|ra|ront)(?![\p{L}]))/giu;

/** Whole words that read as a letter and a word above but are French words of their own. */
const WORDS_OF_THEIR_OWN = new Set(
  `quel quels quelle quelles celle celles selle selles telle telles melle dans sans mans tans cans
   son ton mon non don con dont sont mont test lest mai quai lai cas tas las man tan can nil mil cil
   savoir savez savons lavez lavons`
    .split(/\s+/)
    .filter(Boolean),
);

/** The word split as elided (« lavocat » → « l’avocat »), or null. */
function elided(word: string): string | null {
  const norm = normalizeWord(word);
  if (norm.length < 3 || WORDS_OF_THEIR_OWN.has(norm)) return null;
  for (const letter of ELIDED) {
    if (!norm.startsWith(letter)) continue;
    const rest = norm.slice(letter.length);
    if (rest.length < 1 || !AFTER_ELISION.has(rest)) continue;
    // « qua », « ca », « la », « ma »: a one-letter rest (« a ») only after « qu » (« qua » is no word).
    if (rest.length === 1 && letter !== 'qu') continue;
    return `${word.slice(0, letter.length)}’${word.slice(letter.length)}`;
  }
  return null;
}

/**
 * The text with every glued elision split by an apostrophe (nothing else changes). A word that is
 * a word of a customer's name (a company « Dargent », « Lhotel ») is kept as typed: `isNameWord`
 * says so (the customers are read only when a word could be split).
 */
export function withGluedElisions(text: string, isNameWord: (norm: string) => boolean = () => false): string {
  return text
    .replace(QUELLE_VERB, 'qu’$1 ')
    .replace(/(?<![\p{L}\p{N}’'])\p{L}{3,}(?![\p{L}\p{N}’'])/gu, (word) => {
      const split = elided(word);
      return split !== null && !isNameWord(normalizeWord(word)) ? split : word;
    });
}

/** The words of the customers' names and aliases, kept per list of customers (read once). */
const nameWords = memoByCustomers(
  (customers): ReadonlySet<string> =>
    new Set(
      customers.flatMap((c) =>
        [c.legalName, ...(c.aliases ?? [])].flatMap((name) => normalizeWord(name).split(/[^\p{L}\p{N}]+/u)),
      ),
    ),
);

/** Whether `norm` is a whole word of one of the customers' names or aliases. */
export function nameWordOf(customers: readonly Customer[]): (norm: string) => boolean {
  return (norm) => nameWords(customers).has(norm);
}

/** The acronyms of the customers' names and aliases (« sgh »), kept per list of customers. */
const acronyms = memoByCustomers(
  (customers): ReadonlySet<string> =>
    new Set(
      customers.flatMap((c) =>
        [c.legalName, ...(c.aliases ?? [])].flatMap((name) => {
          const acronym = acronymOfName(name);
          return acronym ? [normalizeWord(acronym)] : [];
        }),
      ),
    ),
);

/**
 * Whether `norm` is the acronym of one of the customers' names or aliases (« point sgh »: the
 * Société Générale d'Hygiène, as « point SGH » in capitals was).
 */
export function acronymOf(customers: readonly Customer[]): (norm: string) => boolean {
  return (norm) => acronyms(customers).has(norm);
}
