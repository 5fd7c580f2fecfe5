/**
 * A case at the lawyer's, as a director says it (issue 16, twenty-third round): « l'affaire du
 * Pressing Total Net est-elle toujours entre les mains de l'avocat ? ».
 * - « entre les mains de l'avocat », « dans les mains du cabinet », « aux mains des huissiers »:
 *   « chez l'avocat », « chez le cabinet » (« mains » is no typo of « mails », no contact asked);
 * - « l'affaire (du) X », « les affaires confiées à … », « cette affaire »: the file, « le dossier »,
 *   in a sentence about the lawyer, the firm or the courts only (« chiffre d'affaires », « j'ai
 *   lâché l'affaire », « c'est une affaire de jours » keep their words).
 */
import { AP, AP_OPT, B, S, W } from './regex-fragments';

/** The holder of the case after « entre les mains »: its article, read as « chez »'s. */
const HANDS = new RegExp(
  `${W}(?:entre|dans|aux)${S}(?:les${S})?mains${S}(?:(de${S}l${AP})|(de${S}la${S})|(du${S})|(des${S})|(de${S})|(d${AP}))`,
  'giu',
);

/** Words of the law: the lawyer, the firm (« chez Aptos »: a name after « chez »), the bailiff, the courts. */
const LAW =
  /\b(?:avocat|avocats|avocate|cabinet|ma[iî]tre|huissiers?|commissaires?\s+de\s+justice|contentieux|justice|tribunal|judiciaire|chez\s+(?:l[’'`]\s*avocat|le\s+cabinet))\b/iu;
const AT_A_NAME = /\bchez\s+\p{Lu}/u;

/** « l'affaire », « cette affaire », « les affaires »: the case, when the law is what is asked. */
const CASE = new RegExp(
  `${W}(?:(l${AP_OPT})|(cette${S}|notre${S}|leur${S}|son${S}|une${S})|(les${S}|ces${S}|nos${S}|leurs${S}|ses${S}|des${S}|quelles${S}|combien${S}d${AP_OPT}))(affaires?)${B}(?!${S}(?:courante|courantes|de${S}(?:jours|temps|minutes|semaines)))`,
  'giu',
);

/** The text with the case and the lawyer's hands in the words the parser reads. */
export function withLegalCase(text: string): string {
  if (!/mains|affaire/iu.test(text)) return text;
  const handed = text.replace(
    HANDS,
    (_m, ofThe?: string, ofHer?: string, ofHim?: string, ofThem?: string, of?: string, elided?: string) =>
      ofThe
        ? "chez l'"
        : ofHer
          ? 'chez la '
          : ofHim
            ? 'chez le '
            : ofThem
              ? 'chez les '
              : of || elided
                ? 'chez '
                : _m,
  );
  if (
    !(LAW.test(handed) || AT_A_NAME.test(handed)) ||
    new RegExp(`chiffres?${S}d${AP}affaire`, 'iu').test(handed)
  )
    return handed;
  return handed.replace(CASE, (_m, elided?: string, one?: string, many?: string, noun?: string) => {
    const plural = noun!.toLowerCase().endsWith('s');
    if (elided) return 'le dossier';
    if (one) return `${one.trim() === 'cette' ? 'ce' : one.trim() === 'une' ? 'un' : one.trim()} dossier`;
    const det = many!.trim().toLowerCase();
    return `${det === 'quelles' ? 'quels' : det.startsWith('combien') ? 'combien de' : det} dossier${plural ? 's' : ''}`;
  });
}
