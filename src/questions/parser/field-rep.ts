/**
 * The field rep's words between two visits (issue 16, eighteenth round): a customer said by its
 * place or by who runs it (« le magasin de la Croix-Rousse », « la boutique d'Annecy », « le gérant
 * du pressing ») is that customer; a promise reported as it was heard (« la gérante m'a dit qu'elle
 * réglait 1500 € le 10/12 », « il m'a assuré qu'ils paieraient le 1er ») is a promise to record.
 */
import { AP, E, SEP, W, B } from './regex-fragments';
import { normalizeWord } from './tokens';

/** A place or a person of a customer's, before the customer's name. */
const HOLDER = [
  'magasin',
  'boutique',
  'site',
  'agence',
  'succursale',
  `point${SEP}de${SEP}vente`,
  `g${E}rante?`,
  'patronne',
  'patron',
  'proprio',
  `propri${E}taire`,
  'directeur',
  'directrice',
  'responsable',
  // « la boîte à Dubois », « la société de Dupont » (thirty-sixth round).
  `bo${'[iî]'}te`,
].join('|');

/** « le magasin de la », « la gérante du », « le site d' »: the holder and its « de »; the name after it. */
const HELD = new RegExp(
  `${W}(?:(?:le|la|les)\\s+|l${AP})(?:${HOLDER})s?\\s+(de\\s+(?:la\\s+|l${AP})?|du\\s+|des\\s+|d${AP}|${'[aà]'}\\s+(?:la\\s+|l${AP})?)([\\p{L}]+)`,
  'giu',
);

/** « de la » → « la », « du » → « le », « des » → « les », « de l' » → « l' », « d' » / « de » → nothing. */
function articleOf(of: string): string {
  const words = of
    .trim()
    .toLowerCase()
    .replace(/^[aà](?=\s|$)/u, 'de');
  if (words.startsWith('du')) return 'le ';
  if (words.startsWith('des')) return 'les ';
  if (/^de\s+la$/u.test(words)) return 'la ';
  if (/^de\s+l/u.test(words)) return "l'";
  return '';
}

/**
 * What was heard, reported (« m a dit qu elle », apostrophes typed as blanks, thirty-fourth round): « (il|elle) m'a dit / assuré / confirmé qu'(il|elle|ils) réglait /
 * paierait / allait payer / passera régler ». The verb in the past of reported speech is a payment
 * to come — when a day or an amount follows (« elle m'a dit qu'elle payait toujours en retard » is
 * none).
 */
const REPORTED = new RegExp(
  `${W}(?:(?:m${AP}|m\\s+|nous\\s+)a\\s+)?(?:dit|assur${E}|confirm${E}|annonc${E}|promis|jur${E}|certifi${E}|garanti)\\s+` +
    `qu(?:${AP}|\\s+)(?:il|elle|ils|elles|on)\\s+(?:(?:allai(?:t|ent)|devai(?:t|ent)|passer(?:a|ait|aient|ont)|viendr(?:a|ait|aient|ont))\\s+(?:r${E}gler|payer|virer)|` +
    `r${E}glai(?:t|ent)|payai(?:t|ent)|virai(?:t|ent)|r${E}gler(?:ait|aient)|pai(?:e)?r(?:ait|aient)|payer(?:ait|aient)|virer(?:ait|aient))${B}`,
  'giu',
);

/** A day or an amount said after the verb: what makes a promise of it. */
const DAY_OR_AMOUNT = new RegExp(
  `\\d|${W}(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f${E}vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d${E}cembre|fin\\s+du\\s+mois)${B}`,
  'iu',
);

/** « sur mon secteur », « dans ma zone » (« ds ma zone »), « de ma tournée »: a rep's scope, which is what they see. */
const MY_SCOPE = new RegExp(
  `${W}(?:sur|dans|ds|de|du)\\s+(?:mon|ma)\\s+(?:secteur|zone|tourn${E}e|portefeuille|p${E}rim${E}tre|territoire)${B}`,
  'giu',
);

/** « on me doit combien ? », « qu'est-ce qu'on me doit ? »: what is owed to the company (thirty-fourth round). */
const OWED_TO_ME = new RegExp(`${W}on${SEP}me${SEP}doit${B}`, 'giu');

/** The text with a customer's place or person said as the customer, a reported promise as a promise. */
export function withFieldRepWords(text: string, isNameWord: (norm: string) => boolean): string {
  return text
    .replace(HELD, (whole: string, of: string, name: string) =>
      isNameWord(normalizeWord(name)) ? `${articleOf(of)}${name}` : whole,
    )
    .replace(MY_SCOPE, '')
    .replace(OWED_TO_ME, 'on nous doit')
    .replace(REPORTED, (heard: string, at: number, whole: string) =>
      DAY_OR_AMOUNT.test(whole.slice(at + heard.length)) ? ' promet de payer' : heard,
    );
}
