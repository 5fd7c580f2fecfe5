/**
 * A question dictated to a phone (issue 16, fifteenth round): the punctuation said in words by the
 * speech-to-text — « point d’interrogation », « point d’exclamation », « virgule », « deux points »,
 * « point à la ligne », « point final », « ouvrez / fermez les guillemets », and « point » closing
 * the sentence — is the mark itself, never a word of a name (« où en est l hôtel du parc point d
 * interrogation » asks Hôtel du Parc's balance). « 5 virgule 5 » is a decimal comma. « fais le
 * point », « un point sur », « Au Bon Point », « point de vue » keep their « point »: only a « point »
 * ending the text after a word that is no determiner is a full stop. An acronym spelt letter by
 * letter is glued (« le d s o de ce mois » is the DSO).
 */
import { AP_OPT, B, SEP, W } from './regex-fragments';

const SAID: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`${W}point${SEP}d${AP_OPT}interrogation${B}`, 'giu'), ' ?'],
  [new RegExp(`${W}point${SEP}d${AP_OPT}exclamation${B}`, 'giu'), ' !'],
  [
    new RegExp(
      `${W}(?:point${SEP}(?:[aà]${SEP}la${SEP}ligne|final)|nouvelle${SEP}ligne|[aà]${SEP}la${SEP}ligne)${B}`,
      'giu',
    ),
    ' .',
  ],
  [
    new RegExp(`${W}(?:ouvrez|ouvrir|ouvre|fermez|fermer|ferme)${SEP}(?:les${SEP})?guillemets${B}`, 'giu'),
    ' ',
  ],
  [new RegExp(`${W}deux${SEP}points${B}(?!${SEP}(?:de|d${AP_OPT}|sur)${B})`, 'giu'), ' :'],
  [/(\d)\s+virgule\s+(?=\d)/giu, '$1,'],
  [new RegExp(`${W}virgule${B}`, 'giu'), ' ,'],
];

/** « point » ending the text, and the word before it. */
const FULL_STOP = /([\p{L}\p{N}'’]+)(\s+)point\s*$/iu;

/** Words after which « point » is a noun (« le point », « au bon point », « quel point »). */
const BEFORE_NOUN =
  /^(?:le|un|au|du|ce|cet|bon|mon|ton|son|notre|votre|leur|de|d['’]|l['’]|en|sur|quel|petit|gros|dernier|premier|ordre|fait|faire|fais|faites|on)$/iu;

/**
 * An acronym spelt letter by letter (« le d s o », « les l r a r », « la s g h »): three single
 * letters or more, glued (« il y a t il » is no acronym: « y a » opens it).
 */
const SPELT = /(?<![\p{L}\p{N}'’`´])(?!y\s+a\s)(?:[a-z]\s+){2,}[a-z](?![\p{L}\p{N}'’`´])/giu;

/** The text with the punctuation said in words written as marks, and acronyms spelt out glued. */
export function withSpokenPunctuation(text: string): string {
  const glued = /(?:^|\s)[a-z]\s+[a-z]\s+[a-z](?:\s|$)/iu.test(text)
    ? text.replace(SPELT, (m) => m.replace(/\s+/gu, ''))
    : text;
  return withPunctuationSaid(glued);
}

function withPunctuationSaid(text: string): string {
  if (!/point|virgule|guillemet|ligne/iu.test(text)) return text;
  let out = text;
  for (const [said, mark] of SAID) out = out.replace(said, mark);
  return out.replace(FULL_STOP, (whole, before: string, space: string) =>
    BEFORE_NOUN.test(before) ? whole : `${before}${space}.`,
  );
}
