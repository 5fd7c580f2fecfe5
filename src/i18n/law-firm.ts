/**
 * How texts name the law firm and its lawyer, from the configured names alone (« Cabinet Aptos
 * Avocats », « Aptos Avocats », « SCP Durand et associés », « Maître Anne Lambert »): never a
 * hard-coded firm.
 *
 * The firm's article is derived from how its name begins:
 * - « Cabinet X » is a common noun: « le cabinet X », « au cabinet X », « du cabinet X »;
 * - a legal form (SCP, SELARL, SELAS, SELAFA, SELCA, AARPI, SARL, SAS) is feminine:
 *   « la SCP X », « à la SCP X », « de la SCP X »;
 * - any other name is a proper name, without article: « Aptos Avocats », « à Aptos Avocats »,
 *   « d’Aptos Avocats » (elided before a vowel or a mute h).
 */

/** « Aptos Avocats » for « Cabinet Aptos Avocats ». */
export function firmShortName(name: string): string {
  return name.replace(/^\s*cabinet\s+/i, '').trim() || name.trim();
}

const LEGAL_FORM = /^\s*(SCP|SELARL|SELAS|SELAFA|SELCA|AARPI|SARL|SAS|SELEURL|SASU)\b/;

type FirmKind = 'cabinet' | 'legal_form' | 'proper';

function kindOf(name: string): FirmKind {
  if (/^\s*cabinet\s+\S/i.test(name)) return 'cabinet';
  if (LEGAL_FORM.test(name)) return 'legal_form';
  return 'proper';
}

const elides = (word: string) => /^[aeiouyhàâäéèêëîïôöûüœæ]/i.test(word);

/** « le cabinet Aptos Avocats », « la SCP Durand », « Aptos Avocats » (subject or object). */
export function theFirm(name: string): string {
  switch (kindOf(name)) {
    case 'cabinet':
      return `le cabinet ${firmShortName(name)}`;
    case 'legal_form':
      return `la ${name.trim()}`;
    case 'proper':
      return name.trim();
  }
}

/** « au cabinet Aptos Avocats », « à la SCP Durand », « à Aptos Avocats » (transmis…, confié…). */
export function toTheFirm(name: string): string {
  switch (kindOf(name)) {
    case 'cabinet':
      return `au cabinet ${firmShortName(name)}`;
    case 'legal_form':
      return `à la ${name.trim()}`;
    case 'proper':
      return `à ${name.trim()}`;
  }
}

/** « du cabinet Aptos Avocats », « de la SCP Durand », « d’Aptos Avocats », « de Durand & Associés ». */
export function ofTheFirm(name: string): string {
  switch (kindOf(name)) {
    case 'cabinet':
      return `du cabinet ${firmShortName(name)}`;
    case 'legal_form':
      return `de la ${name.trim()}`;
    case 'proper':
      return elides(name.trim()) ? `d’${name.trim()}` : `de ${name.trim()}`;
  }
}

/** « Aptos » for « Cabinet Aptos Avocats »: what fits on a button (« Transmettre à Aptos »). */
export function firmNickname(name: string): string {
  return (
    firmShortName(name)
      .replace(/\s+(avocats?|&\s*associ[ée]s|et\s+associ[ée]s|associ[ée]s)$/i, '')
      .trim() || firmShortName(name)
  );
}

const LAWYER_TITLE = /^\s*(ma[îi]tre|me)\.?\s+/i;

/** Whether the configured contact is named as a lawyer (« Maître Anne Lambert », « Me Lambert »). */
export function isLawyer(contactName: string): boolean {
  return LAWYER_TITLE.test(contactName);
}

/**
 * « Maître Lambert » for « Maître Anne Lambert »: the title and the surname, as one speaks of a
 * lawyer in a text (the first name is dropped; a particle stays: « Maître de La Tour »). A contact
 * not named as a lawyer is kept as configured.
 */
export function lawyerName(contactName: string): string {
  if (!isLawyer(contactName)) return contactName.trim();
  const words = contactName.replace(LAWYER_TITLE, '').trim().split(/\s+/).filter(Boolean);
  const surname = words.length > 1 ? words.slice(1).join(' ') : words.join(' ');
  return surname ? `Maître ${surname}` : 'Maître';
}

/**
 * The salutation of a letter or an e-mail to the firm's contact. French usage for an avocat puts
 * no name after the title in the salutation: « Maître, » in a letter, « Bonjour Maître, » in an
 * e-mail (« Cher Maître, » / « Chère Maître, » are kept for a lawyer one knows personally, which
 * texts cannot tell). A contact who is not a lawyer is greeted « Madame, Monsieur, » / « Bonjour, ».
 */
export function lawyerSalutation(contactName: string, medium: 'letter' | 'email'): string {
  if (isLawyer(contactName)) return medium === 'letter' ? 'Maître,' : 'Bonjour Maître,';
  return medium === 'letter' ? 'Madame, Monsieur,' : 'Bonjour,';
}
