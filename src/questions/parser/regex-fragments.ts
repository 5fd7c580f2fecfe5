/**
 * Small pieces of regular expressions shared by the parser's rewriting modules (written as strings,
 * to be composed with `new RegExp(…, 'u')`). One place, so that an accent or an apostrophe forgotten
 * in one module is not remembered in another.
 */

/** An « e » with or without its accent (typed quickly, accents are often dropped or wrong). */
export const E = '[eéèêë]';
/** An « a » with or without its accent. */
export const A = '[aàâä]';
/** An « i » with or without its accent. */
export const I = '[iîï]';
/** An apostrophe, straight, curly or typed with a backquote or an acute accent, and the spaces after it. */
export const AP = "['’ʼ`´]\\s*";
/** The same apostrophe, which may also be left out (« l obligeance », « m envoyer »). */
export const AP_OPT = "['’ʼ`´]?\\s*";
/** One or more spaces. */
export const S = '\\s+';
/** Spaces or hyphens between two words (« peut-être », « peut être »). */
export const SEP = '[\\s\\-]+';
/** The start of a word: no letter or digit just before. */
export const W = '(?<![\\p{L}\\p{N}])';
/** The end of a word: no letter or digit just after. */
export const B = '(?![\\p{L}\\p{N}])';
