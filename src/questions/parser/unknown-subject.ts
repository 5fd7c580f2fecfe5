/**
 * A name no customer has, opening the question as the subject of its verb (issue 16, eighteenth
 * round): « Carrefour a payé ? », « Durand SA nous doit combien ? », « Michelin a tenu sa promesse ? ».
 * A capital that opens a sentence is no evidence of a name (./customers.ts), so such a word was
 * ignored and the question answered for everyone (all the money received, all the promises). Right
 * before a verb of paying, owing, promising or contesting, a word that is neither vocabulary nor a
 * customer's name is the customer asked about: unknown, never everyone's figure. So is such a word
 * followed by « combien » alone (« Leclerc combien ? », fortieth round).
 */
import type { Token } from './tokens';

/** The verb (or its auxiliary, its pronoun object, its negation) right after the subject. */
const VERB_AFTER_SUBJECT = new Set(
  `a ont avait avaient aura n ne nous doit doivent devait devaient paie paient paye payent regle reglent
  solde soldent promet promettent conteste contestent est sont s vient viennent tient tiennent
  verse versent il elle ils elles fait font figure figurent`
    .split(/\s+/)
    .filter(Boolean),
);

/** A company's legal form after its name (« Durand SA », « Girard SARL »). */
const LEGAL_FORM = /^(?:sa|sas|sasu|sarl|eurl|snc|sci|scop|gmbh|ltd|inc)$/;

/** Indefinite pronouns: « Rien n'a été payé ? », « Personne n'a réglé ? » name no one. */
const NO_ONE =
  /^(?:rien|personne|aucun|aucune|chacun|chacune|quelqu|quelquun|tous|toutes|tout|beaucoup|certains|certaines|plusieurs|nul)$/;

/**
 * The words of a verb of paying, owing, promising or contesting, or of a customer's file (« est au
 * contentieux », « a un échéancier », « fait partie des mauvais payeurs »), soon after the subject.
 */
const ABOUT_PAYING =
  /^(?:pay\w*|paie\w*|regl\w*|sold\w*|doi\w*|dev\w*|promi\w*|promet\w*|tenu|conteste\w*|vers\w*|engag\w*|impay\w*|retard|contentieux|avocats?|cabinet|huissiers?|echeanciers?|litiges?|promesses?|payeurs?|retardataires?|debiteurs?)$/;

/**
 * The ignored run opening the question that is the subject of a verb of paying (« Carrefour » in
 * « Carrefour a payé ? »), or undefined.
 */
export function unknownSubject(
  tokens: readonly Token[],
  bare: readonly string[],
  source: string,
): string | undefined {
  const first = bare[0];
  if (first === undefined) return undefined;
  const said = tokens.filter((t) => t.kind === 'word' && t.start < source.indexOf(first) + first.length);
  if (said.some((t) => NO_ONE.test(t.norm))) return undefined;
  const at = source.indexOf(first);
  // Only words before it: punctuation or nothing (it opens the question).
  if (at < 0 || /[\p{L}\p{N}]/u.test(source.slice(0, at))) return undefined;
  const end = at + first.length;
  const following = tokens.filter((t) => t.start >= end && t.kind === 'word');
  const form = following.findIndex((t) => !LEGAL_FORM.test(t.norm));
  const after = form < 0 ? [] : following.slice(form);
  const next = after[0];
  // « Leclerc combien ? »: a capitalised name and « combien » alone ask what it owes (« bbb combien »
  // names no one).
  if (
    form === 0 &&
    next?.norm === 'combien' &&
    after.length === 1 &&
    /^\s*$/.test(source.slice(end, next.start)) &&
    /^\p{Lu}\p{Ll}/u.test(first)
  )
    return first;
  if (next === undefined || !VERB_AFTER_SUBJECT.has(next.norm)) return undefined;
  // Nothing but blanks between the name and its verb (« Carrefour, les impayés » is no subject).
  const gap = source.slice(end, next.start);
  // « Franprix, il a payé ? »: a comma before the pronoun taking it up.
  if (
    !/^[\s\p{L}.]*$/u.test(gap) &&
    !(form === 0 && /^\s*,\s*$/.test(gap) && /^(?:il|elle|ils|elles)$/.test(next.norm))
  )
    return undefined;
  if (form === 0 && gap.trim() !== '' && gap.trim() !== ',') return undefined;
  if (!after.slice(0, 5).some((t) => ABOUT_PAYING.test(t.norm))) return undefined;
  return form > 0 ? source.slice(at, following[form - 1]!.end) : first;
}
