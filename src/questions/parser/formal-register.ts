/**
 * The register of a formal note (issue 16, twenty-first round: the director's chief of staff
 * preparing the board pack), rewritten in the text before commands and questions read it:
 * - « je souhaiterais disposer du relevé … », « pourriez-vous mettre à ma disposition la liste … »:
 *   to have a document at hand is to see it — « disposer » was an unknown customer, and the « du »
 *   left after it made a name of « relevé »;
 * - « me faire parvenir », « me faire tenir »: to send, as « me transmettre » (./politeness.ts);
 * - « S'agissant de la société X, … », « En ce qui concerne X », « Pour ce qui est de X », « Quant à
 *   X », « Concernant X »: the words introducing what the note is about are no words of a name
 *   (« agissant de la Leroy Merlin », « Concernant la Leroy Merlin » were the unknown customers
 *   said back); the customer after them stays, known or not;
 * - « demeurant », « demeurées », « qui demeurent » (impayées): « restant », « restées »;
 * - « d'ores et déjà »: « déjà ».
 */
import { A, AP_OPT, B, E, SEP, W } from './regex-fragments';

/** « disposer du / de la / de l' / des / d'un … »: to see it. */
const HAVE_AT_HAND = new RegExp(
  `${W}disposer${SEP}(?:(du)|de${SEP}(la|l${AP_OPT})|(des)|d${AP_OPT}(une?))(?=\\s*\\p{L})`,
  'giu',
);

/** « mettre à ma / notre disposition », « tenir à ma disposition »: to give (« me » before or not). */
const PUT_AT_HAND = new RegExp(
  `${W}(?:mettre|tenir)${SEP}${A}${SEP}(?:ma|notre)${SEP}disposition${B}`,
  'giu',
);

/** « faire parvenir », « faire tenir » (« me faire parvenir la balance âgée »). */
const HAVE_SENT = new RegExp(`${W}faire${SEP}(?:parvenir|tenir)${B}`, 'giu');

/**
 * The words introducing what is spoken of, at a clause's start: with the « de » or « à » after them
 * (the customer's own « de », « la société » stay), or before a name (« Concernant Leroy Merlin, »).
 */
const ABOUT = new RegExp(
  `(?:^|(?<=[,;:.!?(]\\s{0,3}))\\s*(?:(?:s${AP_OPT}agissant|au${SEP}sujet|${A}${SEP}propos)(?=${SEP}(?:de|du|des|d${AP_OPT})\\s*\\p{L})|` +
    `(?:relativement|quant)(?=${SEP}(?:${A}|aux?)${B})|` +
    `(?:en${SEP}ce${SEP}qui${SEP}concerne|pour${SEP}ce${SEP}qui${SEP}(?:est|concerne)|concernant)(?=${SEP}\\p{L}))`,
  'giu',
);

/** « demeurant », « demeurées », « qui demeurent » before « impayées », « dues », « ouvertes »… */
const STILL = new RegExp(
  `${W}(?:qui${SEP})?(demeur(?:ant|${E}e?s?|ent|e))(?=${SEP}(?:encore${SEP}|toujours${SEP})?(?:impay|non${SEP}(?:r${E}gl|pay|sold)|dues?${B}|ouvert|${E}chu|en${SEP}(?:souffrance|retard|suspens)))`,
  'giu',
);

/** The same form of « rester »: « demeurant » restant, « demeurent » restent, « demeurées » restées. */
const STAYING = (verb: string): string => {
  const end = verb.toLowerCase().replace(/^demeur/, '');
  return end === 'ant' ? 'restant' : end === 'ent' ? 'restent' : end === 'e' ? 'reste' : `rest${end}`;
};

/** « d'ores et déjà » (« qui sont d'ores et déjà échues »): « déjà » — « ores » is no name (thirty-sixth round). */
const ALREADY = new RegExp(`${W}d${AP_OPT}\\s*ores${SEP}et${SEP}(d${E}j${A})`, 'giu');

/** The text with the formal note's framings said plainly. */
export function withFormalRegister(text: string): string {
  if (!/dispos|parvenir|tenir|agissant|concern|relativement|quant|sujet|propos|demeur|ores/iu.test(text))
    return text;
  return text
    .replace(
      HAVE_AT_HAND,
      (_m, du?: string, la?: string, des?: string, un?: string) =>
        `voir ${du ? 'le' : des ? 'les' : (la ?? un!)}`,
    )
    .replace(PUT_AT_HAND, 'donner')
    .replace(ALREADY, '$1')
    .replace(HAVE_SENT, 'transmettre')
    .replace(ABOUT, (m) => ' '.repeat(m.length))
    .replace(STILL, (m: string, verb: string) => m.slice(0, m.length - verb.length) + STAYING(verb));
}
