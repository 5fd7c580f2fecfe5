/**
 * A long-winded writer's hedges and asides (issue 16, nineteenth round: a retired consultant): « à
 * supposer que les données soient à jour, … », « si toutefois cela est possible », « de manière
 * générale », « toutes choses égales par ailleurs », « (je crois que le montant a bougé récemment) »,
 * « lorsque vous en aurez le loisir », « sans urgence particulière », « afin que je complète mon
 * tableau », « pour les besoins d’un rapprochement que je dois faire », « dont on m’a beaucoup
 * parlé ». They say how sure the writer is, when and why they ask — never a customer, a period or
 * what is asked: « à jour » is no balance, « faire » no action to do, « bougé » no trend. Blanked out
 * (replaced by spaces, like politeness: ./politeness.ts) before the question is read.
 *
 * The rules:
 * - **a supposition** to the end of its clause: « à supposer que … », « en supposant que … »,
 *   « si toutefois cela est possible », « si (cela|c’est) possible », « dans la mesure du possible »,
 *   « sauf erreur de ma part », « si je ne m’abuse », « à votre / ma connaissance »;
 * - **a manner of speaking**: « de manière / de façon / d’une manière générale », « en règle
 *   générale », « globalement », « toutes choses égales par ailleurs »;
 * - **when and why**: « lorsque / quand vous en aurez le loisir / le temps », « à votre
 *   convenance », « sans urgence (particulière) », « rien ne presse », « dans un souci de … »,
 *   « pour les besoins d’un … », « avant de partir »; « afin que / afin de … » to the end of its
 *   clause when it speaks of the writer (« je », « mon », « mes ») — « afin de voir les
 *   impayés » is what is asked and stays;
 * - **a parenthesis** opening with the writer's doubt or news: « (je crois …) », « (ou plutôt à celle du système) » — never « (ou plutôt Biocoop) », a correction (./self-corrections.ts) —,
 *   « (comme vous le savez) », « (il me semble) », « (sauf erreur) », « (si je ne m’abuse) »;
 * - **a relative of hearsay**: « dont on m’a (beaucoup) parlé », « dont vous m’avez parlé (hier) » — its day is when it was said, not the period asked.
 */
import { AP, AP_OPT, B, E, SEP, W } from './regex-fragments';
import { imaginesAnEvent } from './what-if';

/** To the end of a clause: no punctuation, no parenthesis, bounded. */
const CLAUSE = '[^,;:.!?()]{0,160}';

const HEDGES: readonly RegExp[] = [
  // A supposition, to the end of its clause.
  new RegExp(`${W}(?:${'[aà]'}${SEP}supposer|en${SEP}supposant)${SEP}(?:que|qu${AP})${CLAUSE}`, 'giu'),
  new RegExp(
    `${W}(?:si${SEP}(?:toutefois${SEP}|jamais${SEP})?(?:cela${SEP}est|c${AP_OPT}est|cela${SEP}(?:vous${SEP})?(?:est${SEP})?)possible` +
      `|dans${SEP}la${SEP}mesure${SEP}du${SEP}possible|sauf${SEP}erreur(?:${SEP}de${SEP}ma${SEP}part)?` +
      `|si${SEP}je${SEP}ne${SEP}m${AP_OPT}abuse|${'[aà]'}${SEP}(?:votre|ma|notre)${SEP}connaissance)${B}`,
    'giu',
  ),
  // Unsure of the word (« je ne suis pas sûre du terme (mais) », « je ne sais pas si c'est le bon
  // mot »): what follows is asked, the doubt names nothing (issue 16, twenty-fifth round).
  new RegExp(
    `${W}(?:je${SEP}ne${SEP}suis${SEP}pas|je${SEP}suis${SEP}pas|pas)${SEP}s${'[uû]'}re?${SEP}(?:du|de${SEP}mon|de${SEP}ce)${SEP}(?:terme|mot|vocabulaire|nom)(?:${SEP}exact)?(?:${SEP}(?:mais|donc))?${B}` +
      `|${W}je${SEP}ne${SEP}sais${SEP}pas${SEP}si${SEP}c${AP_OPT}est${SEP}le${SEP}bon${SEP}(?:terme|mot)(?:${SEP}(?:mais|donc))?${B}`,
    'giu',
  ),
  // A manner of speaking.
  new RegExp(
    `${W}(?:(?:de|d${AP}une)${SEP}(?:mani${E}re|fa[cç]on)${SEP}g${E}n${E}rale|en${SEP}r${E}gle${SEP}g${E}n${E}rale|globalement` +
      `|toutes${SEP}choses${SEP}${E}gales${SEP}(?:par${SEP}ailleurs|d${AP}ailleurs))${B}`,
    'giu',
  ),
  // When and why.
  new RegExp(
    `${W}(?:(?:lorsque|lorsqu${AP}|quand)\\s*(?:vous|tu)${SEP}(?:en${SEP})?(?:aurez|auras)${SEP}(?:le${SEP}(?:loisir|temps)|un${SEP}(?:moment|instant))` +
      `|${'[aà]'}${SEP}votre${SEP}convenance|sans${SEP}urgence(?:${SEP}particuli${E}re)?|rien${SEP}ne${SEP}presse` +
      `|avant${SEP}de${SEP}partir)${B}`,
    'giu',
  ),
  new RegExp(
    `${W}(?:dans${SEP}un${SEP}souci${SEP}(?:de|d${AP})|pour${SEP}les${SEP}besoins${SEP}(?:de|d${AP}|du))\\s*${CLAUSE}`,
    'giu',
  ),
  // A relative of hearsay.
  new RegExp(
    `${W}dont${SEP}(?:on${SEP}m${AP_OPT}a|vous${SEP}m${AP_OPT}avez|tu${SEP}m${AP_OPT}as|je${SEP}vous${SEP}ai)` +
      `(?:${SEP}(?:beaucoup|souvent|d${E}j${'[aà]'}|tant))?${SEP}parl${E}${B}` +
      `(?:${SEP}(?:hier|avant${SEP}hier|ce${SEP}matin|l${AP}autre${SEP}jour|tout${SEP}${'[aà]'}${SEP}l${AP}heure|la${SEP}semaine${SEP}derni${E}re)${B})?`,
    'giu',
  ),
  // A parenthesis opening with the writer's doubt or news.
  new RegExp(
    `\\(\\s*(?:je|j${AP}|ou${SEP}plut${'[oô]'}t${SEP}(?:${'[aà]'}${SEP})?(?:celle|celui|ceux|celles)|comme${SEP}(?:vous|tu|je|on|convenu|d${AP}habitude)|il${SEP}me${SEP}semble|sauf${SEP}erreur|si${SEP}je|me${SEP}semble|du${SEP}moins|on${SEP}m${AP})${B}[^()]{0,200}\\)`,
    'giu',
  ),
];

/** A purpose of the writer's own, to the end of its clause: « afin que je complète mon tableau ». */
const PURPOSE = new RegExp(`${W}afin${SEP}(?:que|qu${AP}|de|d${AP})\\s*${CLAUSE}`, 'giu');
const WRITER = new RegExp(`${W}(?:je|j${AP}|mon|ma|mes|moi)${B}`, 'iu');

/**
 * Whether an aside names someone — a capitalised word after its first (« (je parle de Biocoop) »,
 * « à supposer que Martin ait payé »): then it is read, a customer may be in it.
 */
function namesSomeone(aside: string): boolean {
  return /[\s(’'-]\p{Lu}/u.test(aside.slice(1));
}

/** The message with its hedges and asides blanked out (same length, every other word in place). */
export function withoutHedges(text: string): string {
  let out = text;
  // « à supposer que la mairie paie tout demain »: an event imagined is what is asked (./what-if.ts).
  for (const re of HEDGES)
    out = out.replace(re, (m) => (namesSomeone(m) || imaginesAnEvent(m) ? m : ' '.repeat(m.length)));
  // Only after what is asked: « afin que je sache, combien nous doit … » opens with its purpose.
  return out.replace(PURPOSE, (m: string, at: number) =>
    WRITER.test(m) && !namesSomeone(m) && /[\p{L}\p{N}]/u.test(out.slice(0, at)) ? ' '.repeat(m.length) : m,
  );
}
