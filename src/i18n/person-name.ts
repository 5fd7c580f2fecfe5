/**
 * A person's name when only their e-mail address is known (a sales rep who never opened Relances in
 * Teams): « karim.benali@greenova.fr » → « Karim Benali ». Company addresses are usually
 * `prénom.nom@`; an address that does not look like one is shown as it is.
 */

const capitalise = (word: string) =>
  word
    .split('-')
    .map((part) => (part ? part[0]!.toLocaleUpperCase('fr-FR') + part.slice(1) : part))
    .join('-');

export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._]/).filter(Boolean);
  if (words.length < 2 || words.some((w) => !/^[\p{L}-]+$/u.test(w))) return email;
  return words.map((w) => capitalise(w.toLocaleLowerCase('fr-FR'))).join(' ');
}
