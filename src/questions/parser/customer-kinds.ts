/**
 * Customers named by their kind, as an agency names them (issue 16, tenth round): « le resto »,
 * « l’hôpital », « le CH de Villefranche », « la maison de retraite ». A small table of kind nouns —
 * how a kind is written in legal names, and the everyday forms people say — never a list of a
 * portfolio's customers: a name holding a kind (« Centre hospitalier de Villefranche ») is also
 * read with each everyday form in its place (« hôpital de Villefranche », « CH de Villefranche »).
 * A one-word everyday form then names the customer alone, as its distinctive word does; two
 * customers of one kind make it ambiguous, as any shared word does (./customer-evidence.ts).
 *
 * Pure: the variants are computed once per name, when the index of the customers is built.
 */

interface Kind {
  /** How the kind is written in legal names, as normalised words. */
  inNames: string[][];
  /** How people say it, as normalised words. */
  said: string[][];
}

const words = (forms: string): string[][] => forms.split(',').map((f) => f.trim().split(' '));

const KINDS: Kind[] = [
  {
    inNames: words('restaurant, resto, brasserie, bistrot'),
    said: words('restaurant, resto, restau'),
  },
  {
    inNames: words(
      'centre hospitalier universitaire, centre hospitalier, hopital, hopitaux, chu, ch, hospices civils',
    ),
    said: words('hopital, hosto, ch, chu, centre hospitalier'),
  },
  {
    inNames: words('mairie de, mairie, ville de, commune de'),
    said: words('mairie de, ville de, commune de'),
  },
  { inNames: words('boulangerie patisserie, boulangerie'), said: words('boulangerie, boulange, boulanger') },
  { inNames: words('micro creche, creche, halte garderie'), said: words('creche, garderie') },
  {
    inNames: words('ehpad, maison de retraite, residence seniors'),
    said: words('ehpad, maison de retraite, maison retraite'),
  },
  { inNames: words('pressing, blanchisserie, teinturerie'), said: words('pressing') },
  { inNames: words('hotel'), said: words('hotel') },
  { inNames: words('pharmacie'), said: words('pharmacie, pharma') },
  { inNames: words('garage'), said: words('garage') },
  { inNames: words('boucherie'), said: words('boucherie, boucher') },
  { inNames: words('clinique'), said: words('clinique') },
  { inNames: words('ecole, groupe scolaire'), said: words('ecole') },
];

/** One-word everyday forms: each names a customer of its kind on its own. */
export const KIND_WORDS: ReadonlySet<string> = new Set(
  KINDS.flatMap((k) => [...k.said, ...k.inNames].filter((f) => f.length === 1).map((f) => f[0]!)),
);

/** Kinds said in several words (« centre hospitalier », « maison de retraite »), joined by a space. */
const KIND_PHRASES: ReadonlySet<string> = new Set(
  KINDS.flatMap((k) => [...k.said, ...k.inNames].filter((f) => f.length > 1).map((f) => f.join(' '))),
);

/** Whether these words (glue left out or not) are a kind said in several words. */
export function isKindPhrase(said: readonly string[]): boolean {
  return KIND_PHRASES.has(said.join(' '));
}

/**
 * Verbs and adverbs said right after a kind as its subject (« l’hôtel veut », « le resto aussi »,
 * « l’EHPAD bénéficie-t-il … »): never that business's own name, in a question or a command.
 */
export const AFTER_A_KIND: ReadonlySet<string> = new Set(
  `veut peut doit dit fait est sait vient tient prend met promet refuse attend demande envoie affirme
  conteste appelle aussi encore toujours jamais deja bien quand comment combien lui leur nous vous
  beneficie dispose possede reste semble paie paye regle continue`
    .split(/\s+/)
    .filter(Boolean),
);

/** Kind words too short to be told from a typed abbreviation unless in capitals (« le CH »). */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set(
  [...KIND_WORDS].filter((w) => w.length < 3 || w === 'chu'),
);

const PLURALS: ReadonlySet<string> = new Set(
  [...KIND_WORDS]
    .filter((w) => w.length >= 3)
    .flatMap((w) => [`${w}s`, `${w}x`, ...(w.endsWith('al') ? [`${w.slice(0, -2)}aux`] : [])]),
);

/** Whether `typed` is a plural of a kind word (« restaurants », « hôpitaux »): a kind, never one customer. */
export function pluralOfAKind(typed: string): boolean {
  return PLURALS.has(typed);
}

/** The customers whose name holds the kind a plural says (« restos », « hôpitaux »). */
export function customersOfKind<C extends { legalName: string; aliases?: readonly string[] }>(
  plural: string,
  customers: readonly C[],
): C[] {
  const singular = plural.endsWith('aux') ? `${plural.slice(0, -3)}al` : plural.slice(0, -1);
  const kind = kindOfWord(singular);
  if (kind === undefined) return [];
  return customers.filter((c) => hasKind(c, kind));
}

/** Whether a customer's name (or an alias) holds the kind `kind`, however written. */
export function hasKind(customer: { legalName: string; aliases?: readonly string[] }, kind: number): boolean {
  return [customer.legalName, ...(customer.aliases ?? [])].some((name) =>
    kindsOfName(normalizedWords(name)).has(kind),
  );
}

const normalizedWords = (name: string): string[] =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The kinds a name holds, however written (« Centre hospitalier de … » holds the hospital). */
export function kindsOfName(nameWords: readonly string[]): Set<number> {
  const kinds = new Set<number>();
  KINDS.forEach((kind, k) => {
    if ([...kind.inNames, ...kind.said].some((form) => indexOfRun(nameWords, form) >= 0)) kinds.add(k);
  });
  return kinds;
}

/** The kind a single word says (« resto », « clinique »), or undefined. */
export function kindOfWord(word: string): number | undefined {
  const k = KINDS.findIndex((kind) =>
    [...kind.inNames, ...kind.said].some((f) => f.length === 1 && f[0] === word),
  );
  return k >= 0 ? k : undefined;
}

/** Every way a kind is said or written, as normalised words (« maison de retraite », « resto »). */
const ALL_FORMS: readonly string[][] = KINDS.flatMap((k) => [...k.said, ...k.inNames]);

/**
 * The words of a kind said in several words that are no kind alone (« maison », « retraite »,
 * « centre », « hospitalier »): never enough, by themselves, to name a customer — « où en est la
 * maison mère ? » is not the EHPAD (« maison de retraite »).
 */
export const WORDS_OF_A_KIND: ReadonlySet<string> = new Set(
  ALL_FORMS.filter((f) => f.length > 1)
    .flat()
    .filter((w) => !KIND_WORDS.has(w)),
);

/** Every word of the everyday forms (« maison », « retraite », « hosto »): without one, no variant can fit better. */
export const SAID_WORDS: ReadonlySet<string> = new Set(KINDS.flatMap((k) => k.said.flat()));

/** Whether the words hold a kind, however said (« le resto », « la maison de retraite », « CH »). */
export function saysAKind(norms: readonly string[]): boolean {
  return ALL_FORMS.some((form) => indexOfRun(norms, form) >= 0);
}

function indexOfRun(haystack: readonly string[], needle: readonly string[]): number {
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((w, k) => haystack[i + k] === w)) return i;
  return -1;
}

/**
 * The name's words with its kind said in each everyday way (« centre hospitalier de villefranche »
 * → « hopital de villefranche », « ch de villefranche »…), the name itself excluded; none when the
 * name holds no kind.
 */
export function kindVariants(nameWords: readonly string[]): string[][] {
  const variants: string[][] = [];
  const seen = new Set([nameWords.join(' ')]);
  for (const kind of KINDS) {
    // The longest way the kind is written that the name holds.
    const written = [...kind.inNames]
      .sort((a, b) => b.length - a.length)
      .map((form) => ({ form, at: indexOfRun(nameWords, form) }))
      .find((f) => f.at >= 0);
    if (!written) continue;
    for (const said of kind.said) {
      const variant = [
        ...nameWords.slice(0, written.at),
        ...said,
        ...nameWords.slice(written.at + written.form.length),
      ];
      const key = variant.join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        variants.push(variant);
      }
    }
  }
  return variants;
}

/** Kind words long enough that two letters swapped in them (« EPHAD ») still say which. */
const SWAPPABLE: ReadonlySet<string> = new Set([...KIND_WORDS].filter((w) => w.length >= 4));

/** The kind word `norm` is with two neighbouring letters swapped back (« ephad » → « ehpad »), or undefined. */
function unswapped(norm: string): string | undefined {
  if (norm.length < 4 || KIND_WORDS.has(norm)) return undefined;
  for (let i = 0; i + 1 < norm.length; i++) {
    if (norm[i] === norm[i + 1]) continue;
    const back = norm.slice(0, i) + norm[i + 1]! + norm[i]! + norm.slice(i + 2);
    if (SWAPPABLE.has(back)) return back;
  }
  return undefined;
}

/**
 * The text with a kind word typed with two neighbouring letters swapped written right (issue 16,
 * fourteenth round: « l'EPHAD les tilleuls » for EHPAD — the acronym misspelt by half the people
 * who say it), in capitals when typed so. A word of a customer's name is never rewritten.
 */
export function withKindsRespelled(text: string, isNameWord: (norm: string) => boolean): string {
  return text.replace(/\p{L}{4,}/gu, (typed) => {
    const norm = typed.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const kind = unswapped(norm);
    if (kind === undefined || isNameWord(norm)) return typed;
    return typed === typed.toUpperCase() ? kind.toUpperCase() : kind;
  });
}
