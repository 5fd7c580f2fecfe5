/**
 * How texts name the law firm, from its configured name alone (« Cabinet Aptos Avocats »,
 * « Cabinet Durand », « Durand & Associés »): never a hard-coded firm.
 */

/** « Aptos Avocats » for « Cabinet Aptos Avocats ». */
export function firmShortName(name: string): string {
  return name.replace(/^\s*cabinet\s+/i, '').trim() || name.trim();
}

/** « le cabinet Aptos Avocats » */
export function theFirm(name: string): string {
  return `le cabinet ${firmShortName(name)}`;
}

/** « au cabinet Aptos Avocats » (transmis au…, confié au…) */
export function toTheFirm(name: string): string {
  return `au cabinet ${firmShortName(name)}`;
}

/** « Aptos » for « Cabinet Aptos Avocats »: what fits on a button (« Transmettre à Aptos »). */
export function firmNickname(name: string): string {
  return (
    firmShortName(name)
      .replace(/\s+(avocats?|&\s*associ[ée]s|et\s+associ[ée]s|associ[ée]s)$/i, '')
      .trim() || firmShortName(name)
  );
}
