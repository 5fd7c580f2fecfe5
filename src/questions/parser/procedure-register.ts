/**
 * The register of a written procedure (issue 16, fourteenth round: a collection procedure's
 * questions), rewritten in the text before commands and questions read it:
 * - « tous clients confondus », « toutes factures confondues », « tous segments confondus »: no
 *   filter on what is named — the whole ledger. Left out (« confondus » was an unknown customer,
 *   and « combien nous doit-on au total, tous clients confondus ? » is the aged balance);
 * - a title before a customer's name (« la situation de Monsieur Julien Bernard », « Mme Dubois »,
 *   « Maître Martin »): the person is the customer, the title is no word of the name. Left out only
 *   before a word of some customer's name, so that « Monsieur Girard voudrait … » (who asks) is
 *   read as before; an alias keeps its title (« alias M. Dubois pour Martin Dubois »).
 */
import { A, AP_OPT, B, E, S, SEP, W } from './regex-fragments';

/**
 * « confondus » and its kin (issue 16, twenty-first round): « tous les clients réunis », « toutes
 * factures cumulées », « tous clients compris », and after the noun: « les clients, tous réunis ».
 */
const TAKEN_TOGETHER = `confondu(?:e)?s|r${E}uni(?:e)?s|cumul${E}(?:e)?s|compris(?:es)?|inclus(?:es)?`;

/** With the connective that may introduce it (« …, enfin tous clients confondus »: no correction left behind). */
const ALL_CONFOUNDED = new RegExp(
  `${W}(?:(?:enfin|bref|donc|soit|je${S}veux${S}dire|c${AP_OPT}est${SEP}${A}${SEP}dire)\\s*,?\\s*)?(?:tou(?:te)?s${S}(?:les${S}|l${AP_OPT})?\\p{L}+(?:${S}\\p{L}+)?${S}(?:${TAKEN_TOGETHER})|(?:tou(?:te)?s${S})?\\p{L}+${S}confondu(?:e)?s${S}(?:entre${S}eux|ensemble)|tou(?:te)?s${S}(?:${TAKEN_TOGETHER}))${B}`,
  'giu',
);

const TITLE = new RegExp(
  `${W}(?:monsieur|madame|mademoiselle|ma[iî]tre|mr|mme|mlle|mm|me|m)(?:\\.|${B})\\s*(?=(\\p{L}+))`,
  'giu',
);

/** The text without « tous X confondus », and without a title before a customer's name. */
export function withProcedureRegister(text: string, isNameWord: (norm: string) => boolean): string {
  let out = /confondu|r[eé]uni|cumul|compris|inclus/i.test(text) ? text.replace(ALL_CONFOUNDED, ' ') : text;
  // An alias is kept as written (« alias M. Dubois pour Martin Dubois »).
  if (/m/i.test(out) && !/alias/i.test(out))
    out = out.replace(TITLE, (title, next: string) => {
      // « M » without its full stop is too often a typo or a unit; « me », « M. » are a pronoun or an
      // initial unless a capital follows.
      const said = title.trim().toLowerCase();
      if (said === 'm' || (/^(?:m\.|me\.?)$/.test(said) && !/^\p{Lu}/u.test(next))) return title;
      const norm = next.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      return isNameWord(norm) ? '' : title;
    });
  return out;
}
