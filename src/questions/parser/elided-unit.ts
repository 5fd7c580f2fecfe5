/**
 * A period's unit said once for two ordinals (issue 16, forty-seventh round): « le taux de retard du
 * troisième trimestre comparé au deuxième », « le 1er semestre vs le second » — the second ordinal
 * stands for the same unit, and is read with it (« … comparé au deuxième trimestre »), so that the
 * comparison has its two periods (with one alone, its base would be taken for the later one).
 */
import { B, E, S, W } from './regex-fragments';

const ORDINAL = `(?:premier|1er|1re|premi${E}re|deuxi${E}me|second|seconde|2e|2${E}me|troisi${E}me|3e|3${E}me|quatri${E}me|4e|4${E}me)`;
const ELIDED = new RegExp(
  `(${W}${ORDINAL}${S}(trimestre|semestre)${B}[^?.;]{0,40}?${W}(?:compar${E}e?s?${S}(?:au|${'[aà]'}|avec${S}le)|vs\\.?|versus|par${S}rapport${S}au|contre${S}le|et${S}le|au|ou${S}le)${S}(?:le${S})?${ORDINAL})${B}(?!${S}(?:trimestre|semestre)${B})`,
  'giu',
);

/** The text with the unit repeated after an ordinal that leaves it out. */
export function withElidedUnitRepeated(text: string): string {
  return /trimestre|semestre/iu.test(text) ? text.replace(ELIDED, '$1 $2') : text;
}
