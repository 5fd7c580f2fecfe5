/**
 * Finding customers from what a person types: « biocoop », « Société Générale d’Hygiène »,
 * « societe generale dhygiene », « C001 », an alias (« ITM Vaise »), the acronym of the name's
 * significant words (« SGH », « PSRA »). Accents, case, punctuation and apostrophes are ignored;
 * a small typo in a longer word is forgiven. Pure.
 */
import type { Customer } from './ledger';

/** Lower case, no accents, letters and digits separated by single spaces (’ and ' join words). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

const STOP_WORDS = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'd',
  'l',
  'et',
  'sa',
  'sarl',
  'sas',
  'client',
  'societe',
  'ste',
]);

/** Words that are glue in a name, not part of its acronym: « Société Générale d’Hygiène » is SGH. */
const NAME_GLUE = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'd', 'l', 'et', 'au', 'aux', 'en', 'a']);
/** Legal forms: not part of a name's acronym either. */
const LEGAL_FORMS = new Set(['sa', 'sarl', 'sas', 'sasu', 'eurl', 'sci', 'snc', 'scop']);

/** The words of a name, apostrophes splitting (« d’Hygiène » → « d », « hygiene »). */
export function nameWords(name: string): string[] {
  return normalizeText(name.replace(/[’'`´]/g, ' '))
    .split(' ')
    .filter((w) => w !== '');
}

/** The significant words of a name: without glue nor legal form. */
export function significantWords(name: string): string[] {
  return nameWords(name).filter((w) => !NAME_GLUE.has(w) && !LEGAL_FORMS.has(w));
}

/**
 * The acronym of a name's significant words (« Propreté Services Rhône-Alpes » → « psra »), or
 * null for a name of one significant word (its initial is no name).
 */
export function acronymOf(name: string): string | null {
  const words = significantWords(name).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** The names a customer goes by: its legal name, then its aliases. */
export function namesOf(customer: Customer): string[] {
  return [customer.legalName, ...(customer.aliases ?? [])];
}

function tokenMatches(token: string, words: readonly string[]): boolean {
  return words.some(
    (w) =>
      w === token ||
      w.startsWith(token) ||
      (token.length >= 5 && editDistance(token, w, token.length >= 8 ? 2 : 1) <= (token.length >= 8 ? 2 : 1)),
  );
}

/**
 * The customers the text designates: the one whose code it is, else those whose name or alias it
 * is exactly, else those whose name's acronym it is (« SGH »), else those whose name or an alias
 * contains every significant word typed (allowing a typo), best first. Empty when nothing matches.
 */
export function findCustomers(query: string, customers: readonly Customer[]): Customer[] {
  const q = normalizeText(query);
  if (!q) return [];
  const byCode = customers.find((c) => normalizeText(c.code) === q);
  if (byCode) return [byCode];
  const exact = customers.filter((c) => namesOf(c).some((n) => normalizeText(n) === q));
  if (exact.length > 0) return exact;
  if (/^\p{L}{2,8}$/u.test(q)) {
    const byAcronym = customers.filter((c) => namesOf(c).some((n) => acronymOf(n) === q));
    if (byAcronym.length > 0) return byAcronym;
  }
  const tokens = q.split(' ').filter((t) => !STOP_WORDS.has(t));
  if (tokens.length === 0) return [];
  return customers.filter((c) =>
    namesOf(c).some((name) => {
      const words = normalizeText(name).split(' ');
      const joined = words.join('');
      return tokens.every((t) => tokenMatches(t, words) || joined.includes(t));
    }),
  );
}
