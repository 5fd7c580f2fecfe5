/**
 * Belgian French: « savoir » before an infinitive is « pouvoir » (« vous savez m’afficher les
 * relances du jour ? » asks whether the bot can, « qu’est-ce que je sais vous demander ? » what one
 * can ask). Rewritten at the text, before the politeness and the commands read it. « je sais
 * pas », « vous savez combien nous doit la SGH ? », « savez-vous si Dupont a payé ? » stay as
 * typed: no infinitive follows.
 *
 * And Belgian words (issue 16, fifteenth round, `withBelgianWords`): « GSM » is a mobile phone
 * (« tu sais me donner le GSM de X ? » asks X's contact); « une fois » closing a clause or after an
 * imperative (« la revue de la semaine une fois », « dis une fois, … ») is a filler, never a name
 * nor a number — « en une fois », « plus d’une fois », « une fois par mois », « une fois que »
 * keep it; « à tantôt » is a farewell, « tantôt » alone this afternoon (« les courriers à envoyer
 * tantôt »), « endéans » « dans ».
 */
import { A, AP, B, S, SEP, W } from './regex-fragments';

/** « GSM » (a mobile phone in Belgium), as the word the contacts know. */
const GSM = new RegExp(`${W}gsm${B}`, 'giu');

/** « une fois » closing a clause. */
const FILLER_AT_END = new RegExp(`${W}une${S}fois${B}(?=\\s*(?:[,;.!?…]|$))`, 'giu');

/** What before « une fois » keeps it (« en une fois », « plus d’une fois », « cette fois »…). */
const KEEPS_IT = new RegExp(
  `(?:${W}(?:en|chaque|cette|la|autre|encore|d${A}j${A}|premi${'[eè]'}re|derni${'[eè]'}re)|d${AP}|qu${AP})\\s*$`,
  'iu',
);

/** « dis une fois », « écoute une fois », « regarde une fois »: an imperative and its filler. */
const FILLER_AFTER_IMPERATIVE = new RegExp(
  `(${W}(?:dis|dites|${'[eé]'}coute|${'[eé]'}coutez|regarde|regardez|attends|attendez|montre|montrez|donne|donnez|va|allez)(?:${SEP}(?:moi|nous))?)${S}une${S}fois${B}`,
  'giu',
);

/** « à tantôt » (see you later), a farewell. */
const FAREWELL = new RegExp(`${W}${A}${S}tant[oô]t${B}`, 'giu');

/** « tantôt » alone (not « à tantôt »): later today, this afternoon. */
const LATER_TODAY = new RegExp(`${W}tant[oô]t${B}`, 'giu');

/** « endéans » (within): « dans ». */
const WITHIN = new RegExp(`${W}end${'[eé]'}ans${B}`, 'giu');

export function withBelgianWords(text: string): string {
  if (!/gsm|fois|tant|end[eé]ans/iu.test(text)) return text;
  return text
    .replace(GSM, (m) => (m === m.toUpperCase() ? 'PORTABLE' : 'portable'))
    .replace(FILLER_AFTER_IMPERATIVE, (_m, verb: string) => verb)
    .replace(FILLER_AT_END, (m: string, at: number, all: string) =>
      KEEPS_IT.test(all.slice(Math.max(0, at - 24), at)) ? m : ' ',
    )
    .replace(FAREWELL, ' ')
    .replace(LATER_TODAY, 'cet après-midi')
    .replace(WITHIN, 'dans');
}

const CAN: Readonly<Record<string, string>> = {
  sais: 'peux',
  sait: 'peut',
  savons: 'pouvons',
  savez: 'pouvez',
  savent: 'peuvent',
  saurais: 'pourrais',
  saurait: 'pourrait',
  saurions: 'pourrions',
  sauriez: 'pourriez',
  sauraient: 'pourraient',
};

/** Words ending like an infinitive that are not one. */
const NOT_INFINITIVE =
  /^(?:notre|votre|autre|quatre|entre|contre|lettre|chiffre|nombre|montre|leur|pour|hier|premier|dernier|sur|par|soir|noir|espoir)$/i;

// The verb, an inversion (« savez-vous »), clitics (« m’ », « me », « vous », « le »…), then a word.
const SAVOIR =
  /(?<![\p{L}])(sais|sait|savons|savez|savent|saurais|saurait|saurions|sauriez|sauraient)((?:[-\s]+(?:tu|vous|nous|il|elle|on|je))?(?:[\s-]+(?:(?:me|te|nous|vous|lui|leur|le|la|les|en|y)(?![\p{L}])|[mtl][’']))*[\s-]*)([\p{L}]+)/giu;

export function withSavoirAsPouvoir(text: string): string {
  return text.replace(SAVOIR, (all, verb: string, between: string, next: string) => {
    const infinitive = /(?:er|ir|re|oir)$/i.test(next) && !NOT_INFINITIVE.test(next);
    if (!infinitive) return all;
    const can = CAN[verb.toLowerCase()]!;
    const cased = verb === verb.toUpperCase() ? can.toUpperCase() : can;
    return `${cased}${between}${next}`;
  });
}
