/**
 * Belgian French: « savoir » before an infinitive is « pouvoir » (« vous savez m’afficher les
 * relances du jour ? » asks whether the bot can, « qu’est-ce que je sais vous demander ? » what one
 * can ask). Rewritten at the text, before the politeness and the commands read it. « je sais
 * pas », « vous savez combien nous doit la SGH ? », « savez-vous si Dupont a payé ? » stay as
 * typed: no infinitive follows.
 */

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
