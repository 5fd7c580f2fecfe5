/**
 * A new credit controller checking how things are called while asking (issue 16, nineteenth round):
 * « les mises en demeure à envoyer aujourd’hui, c’est les LRAR c’est ça ? », « les lettres du J+20,
 * c’est la mise en demeure c’est ça ? », « la revue hebdo c’est quoi ? montre-la-moi ». The check is
 * no customer (« LRAR ») and asks nothing more; what is asked is around it.
 * - **a name checked**: « c’est (bien) le / la / les / l’ … (,) c’est (bien) ça ? », « c’est (bien)
 *   ça ? », « c’est bien ça, hein ? » — blanked (replaced by spaces, like politeness: ./politeness.ts);
 * - **« montre-la-moi », « fais-le-moi voir »** after a thing named: the pronoun stands for it —
 *   « la revue hebdo c’est quoi ? montre-la-moi » is « montre-moi la revue hebdo »: both the
 *   question of what it is and the pronoun go, the thing named stays.
 */
import { AP_OPT, B, SEP, W } from './regex-fragments';

const CA = `(?:${W}c${AP_OPT}est${SEP}(?:bien${SEP})?(?:[çc]a|cela)${B}(?:${SEP}(?:hein|non))?\\s*\\?*)`;

const NAME_CHECKED = new RegExp(
  `${W}c${AP_OPT}est${SEP}(?:bien${SEP})?(?:le|la|les|l['’ʼ]|un|une|des|ce${SEP}qu${AP_OPT}on${SEP}appelle)\\s*[^,;:.!?]{1,60}?[\\s,]*${CA}|${CA}`,
  'giu',
);

/** « montre-la-moi », « montrez-les-moi », « fais-la-moi voir »: the thing named before. */
const SHOW_IT = new RegExp(
  `${W}(?:montre|montrez|affiche|affichez|fais|faites)${SEP}(?:la|le|les)${SEP}(?:moi|nous)(?:${SEP}voir)?${B}`,
  'giu',
);
const WHAT_IS_IT = new RegExp(`${W}c${AP_OPT}est${SEP}quoi\\s*\\?*`, 'giu');

/** The message with a name checked, and « montre-la-moi » after a thing named, blanked. */
export function withoutNamingCheck(text: string): string {
  let out = text.replace(NAME_CHECKED, (m) => ' '.repeat(m.length));
  if (SHOW_IT.test(out)) {
    SHOW_IT.lastIndex = 0;
    out = out.replace(SHOW_IT, (m) => ' '.repeat(m.length)).replace(WHAT_IS_IT, (m) => ' '.repeat(m.length));
  }
  return out;
}
